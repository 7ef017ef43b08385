import filecmp, os, tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)
def write(name, data, mtime=None):
    # mtimes cannot be set portably here, so shallow results are only
    # checked where they do not depend on timestamps
    with open(name, 'wb') as f:
        f.write(data)

write('a', b'hello world\n')
write('b', b'hello world\n')
write('c', b'hello WORLD\n')          # same size and mtime as a, different bytes
write('d', b'hello world\n', 1_000_000_500)
write('e', b'something longer\n')
write('big1', b'x' * 20000 + b'1')
write('big2', b'x' * 20000 + b'2', 5)
write('big3', b'x' * 20000 + b'1', 7)
os.mkdir('sub')
print(filecmp.cmp('a', 'b'), filecmp.cmp('a', 'b', shallow=False))
print(filecmp.cmp('a', 'c', shallow=False), filecmp.cmp('c', 'a', False))
print(filecmp.cmp('a', 'd'), filecmp.cmp('a', 'd', shallow=False))
print(filecmp.cmp('a', 'e'), filecmp.cmp('a', 'e', False))
print(filecmp.cmp('big1', 'big2', shallow=False), filecmp.cmp('big1', 'big3'), filecmp.cmp('big1', 'big3', shallow=True))
print(filecmp.cmp('a', 'sub'), filecmp.cmp('sub', 'sub'))
try:
    filecmp.cmp('a', 'missing')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
print(filecmp.cmp('a', 'd', shallow=False))
write('d', b'HELLO world!\n')
print(filecmp.cmp('a', 'd', shallow=False))
filecmp.clear_cache()
print(filecmp.cmp('a', 'd', shallow=False), filecmp.cmp('a', 'a'))
print(filecmp.cmpfiles('.', '.', ['a', 'b']))
os.mkdir('other')
for n in ['a', 'c', 'e']:
    write(os.path.join('other', n), b'hello world\n')
print(filecmp.cmpfiles('.', 'other', ['a', 'e', 'zzz', 'sub']))
print(filecmp.cmpfiles('.', 'other', ['a', 'c', 'e'], shallow=False))
print(filecmp.DEFAULT_IGNORES, filecmp.BUFSIZE)
os.chdir('/')
tmp.cleanup()
