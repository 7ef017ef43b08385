import os
fn = 'open_text_files_tmp.txt'
f = open(fn, 'w', encoding='utf-8')
n = f.write('first line\nsecond line\n')
f.write('héllo ✓\n')
f.close()
print(n, f.closed)
f = open(fn, encoding='utf-8')
print(repr(f.read()))
f.close()
with open(fn, encoding='utf-8') as f:
    print(f.readline(), end='')
    print(f.readlines())
with open(fn, encoding='utf-8') as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip())
with open(fn, 'a', encoding='utf-8') as f:
    f.writelines(['x\n', 'y\n'])
with open(fn, encoding='utf-8') as f:
    print(f.read().splitlines())
with open(fn, 'rb') as f:
    raw = f.read()
print(len(raw), raw[:5], raw.count(b'\n'))
with open(fn, 'w') as f:
    print('via print', 42, file=f)
with open(fn) as f:
    print(repr(f.read()), f.name, f.mode)
with open(fn, 'r+') as f:
    f.seek(4)
    f.write('XX')
    f.seek(0)
    print(f.read(6), f.tell())
os.remove(fn)
try:
    open(fn)
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    open(fn, 'q')
except ValueError as e:
    print(type(e).__name__, e)
