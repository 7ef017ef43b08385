import os, tempfile, shutil
base = 'td_work'
os.mkdir(base)
with tempfile.TemporaryDirectory(dir=base) as d:
    print(type(d).__name__, os.path.isabs(d), os.path.isdir(d), os.path.basename(d)[:3])
    os.makedirs(os.path.join(d, 'a', 'b'))
    with open(os.path.join(d, 'a', 'f'), 'w') as f: f.write('x')
print(os.path.exists(d), os.listdir(base))
t = tempfile.TemporaryDirectory(suffix='_s', prefix='p_', dir=base)
n = os.path.basename(t.name); print(n[:2], n[-2:], len(n))
print(repr(t).startswith('<TemporaryDirectory '), repr(t).endswith("'>"), repr(t) == '<TemporaryDirectory %r>' % t.name)
t.cleanup(); print(os.path.exists(t.name)); t.cleanup(); print('second cleanup ok')
t = tempfile.TemporaryDirectory(dir=base, delete=False)
with t as d:
    pass
print(os.path.exists(d)); t.cleanup(); print(os.path.exists(d))
t = tempfile.TemporaryDirectory(dir=base, ignore_cleanup_errors=True)
os.rmdir(t.name); t.cleanup(); print('ignored')
t = tempfile.TemporaryDirectory(dir=base)
os.rmdir(t.name)
t.cleanup(); print('missing dir ok')
try:
    with tempfile.TemporaryDirectory(dir=base) as d:
        raise RuntimeError('inside')
except RuntimeError as e:
    print('RuntimeError', e, os.path.exists(d))
print(tempfile.TemporaryDirectory[str])
try:
    tempfile.TemporaryDirectory(dir=os.path.join(base, 'nope'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
print(os.listdir(base))
shutil.rmtree(base)
print(os.path.exists(base))
