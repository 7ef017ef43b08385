import os
name = 'with_files_tmp.txt'
with open(name, 'w') as f:
    f.write('line one\n')
    f.write('line two\n')
    print('closed inside?', f.closed)
print('closed after?', f.closed)
with open(name) as f:
    print(f.read())
with open(name, 'a') as f:
    print('third', file=f)
with open(name) as f:
    print([line.rstrip('\n') for line in f])
with open(name) as f:
    print(repr(f.readline()), repr(f.readline()), f.readlines())
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
os.remove(name)
print(os.path.exists(name))
