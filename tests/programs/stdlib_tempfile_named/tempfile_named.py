import os, tempfile, shutil
base = 'tn_work'
os.mkdir(base)
with tempfile.NamedTemporaryFile(dir=base) as f:
    print(os.path.isabs(f.name), os.path.exists(f.name), f.write(b'abc'))
    f.seek(0); print(f.read(), f.closed)
print(f.closed, os.path.exists(f.name), os.listdir(base))
f = tempfile.NamedTemporaryFile('w+', suffix='.txt', prefix='pp', dir=base)
b = os.path.basename(f.name); print(b[:2], b[-4:], len(b))
f.write('line1\nline2\n'); f.seek(0)
print(list(f)); f.seek(0); print([l for l in f]); f.seek(0); print(f.readline())
f.close(); print(f.closed, os.path.exists(f.name))
f.close(); print('double close ok')
f = tempfile.NamedTemporaryFile(dir=base, delete=False); f.write(b'keep'); f.close()
print(os.path.exists(f.name)); 
with open(f.name, 'rb') as g: print(g.read())
os.remove(f.name)
with tempfile.NamedTemporaryFile('w', dir=base, delete_on_close=False) as f:
    f.write('x'); f.close()
    print(f.closed, os.path.exists(f.name))
    with open(f.name) as g: print(g.read())
print(os.path.exists(f.name))
with tempfile.NamedTemporaryFile(dir=base, delete=False, delete_on_close=True) as f:
    pass
print(os.path.exists(f.name)); os.remove(f.name)
try:
    with tempfile.NamedTemporaryFile(dir=base) as f:
        raise KeyError('boom')
except KeyError as e:
    print('KeyError', e, os.path.exists(f.name))
t = tempfile.TemporaryFile(dir=base)
t.write(b'anon'); t.seek(0); print(t.read(), os.listdir(base))
t.close(); print(t.closed, os.listdir(base))
with tempfile.TemporaryFile('w+', dir=base) as t:
    t.write('text'); t.seek(0); print(t.read())
print(os.listdir(base))
try:
    tempfile.NamedTemporaryFile(dir=os.path.join(base, 'missing'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
shutil.rmtree(base)
print(os.path.exists(base))
