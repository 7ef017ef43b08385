import os, tempfile, shutil
base = 'ts_work'
os.mkdir(base)
s = tempfile.SpooledTemporaryFile(max_size=10, dir=base)
print(s._rolled, s.name, s.mode, s.closed, s.seekable(), s.readable(), s.writable())
print(s.write(b'hello'), s.tell(), s._rolled)
s.seek(0); print(s.read(), s.read())
s.seek(0, 2); print(s.write(b' world!'), s._rolled, s.tell(), os.listdir(base))
s.seek(0); print(s.read())
s.seek(6); print(s.read(3), s.tell())
s.close(); print(s.closed)
try:
    s.write(b'x')
except ValueError as e:
    print('ValueError')
s = tempfile.SpooledTemporaryFile(max_size=100)
s.writelines([b'a\n', b'b\n', b'c\n']); s.seek(0)
print(s.readline(), s.readlines(), s._rolled)
s.seek(0); print(list(s))
s.truncate(2); s.seek(0); print(s.read(), s._rolled)
s.rollover(); print(s._rolled, s.tell()); s.seek(0); print(s.read()); s.close()
with tempfile.SpooledTemporaryFile(max_size=5, mode='w+') as t:
    print(t.mode, t.errors, t.write('abc'), t.tell(), t._rolled)
    t.seek(0); print(repr(t.read()))
    t.write('def\nghi'); print(t._rolled)
    t.seek(0); print(repr(t.read()))
print(t.closed)
u = tempfile.SpooledTemporaryFile()
u.write(b'x' * 100000); print(u._rolled, u.tell())
u.seek(0); print(len(u.read())); u.close()
try:
    with u:
        pass
except ValueError as e:
    print('ValueError')
print(tempfile.SpooledTemporaryFile[int] is not None)
shutil.rmtree(base)
print(os.path.exists(base))
