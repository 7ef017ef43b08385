import io, os
p = 'fo_test.txt'
with open(p, 'w') as f:
    print(f.readable(), f.writable(), f.seekable(), f.mode, f.name, f.closed, f.errors, f.newlines)
    f.write('line1\nline2\r\nline3\rline4\n')
with open(p) as f:
    print(repr(f.readline(3)), repr(f.readline()), repr(f.readline(100)), f.newlines)
    print(f.readlines())
with open(p, newline='') as f:
    print(f.readlines())
with open(p, newline='\r') as f:
    print(f.readlines())
with open(p, 'rb') as f:
    print(f.readline(4), f.read(3), f.readable(), f.writable(), f.mode)
with open(p) as f:
    try:
        f.write('x')
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
    except OSError as e:
        print('OSError', e)
with open(p, 'a') as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
for mode in ['rw', 'rr', 'q', 'rb+t', 'U']:
    try:
        open(p, mode)
    except ValueError as e:
        print('ValueError', e)
try:
    open(p, 'x')
except FileExistsError as e:
    print(e.errno, e.strerror, e.filename, e.args)
with open(p, 'r+') as f:
    f.seek(2)
    f.write('XX')
    print(f.tell())
    f.truncate(10)
with open(p) as f:
    print(repr(f.read()))
os.remove(p)
try:
    open(p)
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args)
