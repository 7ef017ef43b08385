import os, shutil
base = 'st_work'
def p(*parts): return os.path.join(base, *parts)
def make(path, text):
    with open(path, 'w') as f: f.write(text)
def listing(top):
    out = []
    for root, dirs, files in os.walk(top):
        rel = os.path.relpath(root, top)
        for name in files: out.append(os.path.join(rel, name))
        for name in dirs: out.append(os.path.join(rel, name) + '/')
    return sorted(out)
os.makedirs(p('src', 'sub', 'deep'))
make(p('src', 'a.py'), 'a'); make(p('src', 'b.txt'), 'b'); make(p('src', 'sub', 'c.py'), 'c')
make(p('src', 'sub', 'deep', 'd.log'), 'd'); make(p('src', 'sub', 'e.pyc'), 'e')
print(shutil.copytree(p('src'), p('dst')))
print(listing(p('dst')))
try:
    shutil.copytree(p('src'), p('dst'))
except FileExistsError as e:
    print('FileExistsError', e.errno)
make(p('src', 'new.txt'), 'n')
shutil.copytree(p('src'), p('dst'), dirs_exist_ok=True)
print(listing(p('dst')))
print(shutil.copytree(p('src'), p('dst2'), ignore=shutil.ignore_patterns('*.pyc', 'deep')))
print(listing(p('dst2')))
seen = []
def ign(path, names):
    seen.append((os.path.relpath(path, base), sorted(names)))
    return {'b.txt'}
shutil.copytree(p('src'), p('dst3'), ignore=ign)
print(sorted(seen)); print(listing(p('dst3')))
calls = []
def mycopy(s, d):
    calls.append(os.path.basename(d)); return shutil.copyfile(s, d)
shutil.copytree(p('src'), p('dst4'), copy_function=mycopy)
print(sorted(calls))
print(sorted(shutil.ignore_patterns('*.py', 'a*')('x', ['a.py', 'b', 'ab', 'c.py', 'd.txt'])))
try:
    shutil.copytree(p('nosuch'), p('dst5'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
with open(p('dst5'), 'w') as f: pass
try:
    shutil.copytree(p('src'), p('dst5'))
except FileExistsError as e:
    print('FileExistsError', e.errno)
shutil.rmtree(base)
print(os.path.exists(base))
