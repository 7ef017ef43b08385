import os, tempfile, shutil
base = 'tm_work'
os.mkdir(base)
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template)
os.environ['TMPDIR'] = base
saved = tempfile.tempdir
tempfile.tempdir = None
print(tempfile.gettempdir() == os.path.abspath(base), tempfile.gettempdirb() == os.fsencode(os.path.abspath(base)))
tempfile.tempdir = saved
allowed = set('abcdefghijklmnopqrstuvwxyz0123456789_')
d = tempfile.mkdtemp(dir=base)
name = os.path.basename(d)
print(os.path.isabs(d), os.path.isdir(d), name[:3], len(name), set(name[3:]) <= allowed)
d2 = tempfile.mkdtemp(suffix='.S', prefix='P_', dir=base)
n2 = os.path.basename(d2)
print(n2[:2], n2[-2:], len(n2), os.path.dirname(d2) == os.path.abspath(base))
fd, path = tempfile.mkstemp(dir=base)
print(type(fd).__name__, os.path.isabs(path), os.path.isfile(path), os.path.getsize(path), os.path.basename(path)[:3])
fd, path = tempfile.mkstemp(suffix='.txt', prefix='pre', dir=base, text=True)
b = os.path.basename(path); print(b[:3], b[-4:], len(b))
fd, bpath = tempfile.mkstemp(dir=os.fsencode(base))
print(type(bpath).__name__, os.path.basename(os.fsdecode(bpath))[:3])
bd = tempfile.mkdtemp(prefix=b'bb', dir=os.fsencode(base))
print(type(bd).__name__, os.path.basename(os.fsdecode(bd))[:2])
for kw in [dict(prefix=b'x', suffix='y'), dict(dir=os.fsencode(base), prefix='p')]:
    try:
        tempfile.mkstemp(**kw)
    except TypeError as e:
        print('TypeError', e)
try:
    tempfile.mkdtemp(dir=os.path.join(base, 'no', 'such'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
names = set()
for i in range(20):
    names.add(os.path.basename(tempfile.mkdtemp(dir=base)))
print(len(names))
m = tempfile.mktemp(dir='zz', prefix='q')
print(m[:4], len(m), os.path.exists(m))
print(len(os.listdir(base)))
shutil.rmtree(base)
print(os.path.exists(base))
