import os, shutil
from pathlib import Path
base = Path('pathlike_dir')
os.mkdir(base)
f = base / 'a.txt'
with open(f, 'w') as fh:
    fh.write('hello')
print(os.path.exists(f), os.path.isfile(f), os.path.isdir(base), os.path.getsize(f), os.path.basename(f), os.path.splitext(f))
print(os.path.join(base, 'x'), os.path.dirname(f), os.path.abspath(f) == str(f.absolute()), sorted(os.listdir(base)))
shutil.copy(f, base / 'b.txt')
print(sorted(os.listdir(base)), open(base / 'b.txt').read())
os.rename(base / 'b.txt', base / 'c.txt')
os.remove(base / 'c.txt'); os.remove(f); os.rmdir(base)
print(os.path.exists(base))
class P:
    def __fspath__(self): return 'pathlike_dir2'
os.mkdir(P()); print(os.path.isdir(P())); os.rmdir(P())
class Bad:
    def __fspath__(self): return 5
for bad in [Bad()]:
    try:
        os.path.exists(bad) if bad is None else open(bad)
    except TypeError as e:
        print(type(e).__name__, e)
