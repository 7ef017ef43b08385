import fileinput, os, tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)
files = {'a.txt': 'alpha 1\nalpha 2\nalpha 3\n', 'b.txt': 'beta 1\n', 'empty.txt': '', 'c.txt': 'gamma 1\ngamma 2 no newline'}
for name, text in files.items():
    with open(name, 'w') as f:
        f.write(text)
order = ['a.txt', 'empty.txt', 'b.txt', 'c.txt']
for line in fileinput.input(order):
    print(fileinput.filename(), fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline(), fileinput.isstdin(), repr(line))
print('after:', fileinput.filename(), fileinput.lineno(), fileinput.filelineno())
fileinput.close()
try:
    fileinput.filename()
except RuntimeError as e:
    print(type(e).__name__, e)
for fn in (fileinput.lineno, fileinput.nextfile, fileinput.isfirstline, fileinput.fileno):
    try:
        fn()
    except RuntimeError as e:
        print(fn.__name__, type(e).__name__, e)

# nextfile skips the rest of the current file
with fileinput.FileInput(order) as fi:
    print('before', fi.filename(), fi.lineno(), fi.fileno())
    for line in fi:
        if fi.filelineno() == 2:
            fi.nextfile()
            continue
        print(fi.filename(), fi.lineno(), line.rstrip())
# readline interface
fi = fileinput.FileInput(['b.txt', 'a.txt'])
while True:
    line = fi.readline()
    if not line:
        break
    print('readline', fi.lineno(), repr(line))
fi.close()
print(repr(fi.readline()))
# single file name string and PathLike
import pathlib
print([l.rstrip() for l in fileinput.FileInput('b.txt')])
print([l.rstrip() for l in fileinput.FileInput(pathlib.Path('a.txt'))])
# binary mode
print(list(fileinput.FileInput(['a.txt', 'c.txt'], mode='rb')))
# module-level input() twice
it = fileinput.input(['a.txt'])
next(it)
try:
    fileinput.input(['b.txt'])
except RuntimeError as e:
    print(type(e).__name__, e)
fileinput.close()
fileinput.close()
print(next(fileinput.input(['b.txt'])))
fileinput.close()
os.chdir('/')
tmp.cleanup()
