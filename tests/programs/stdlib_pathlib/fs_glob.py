import os
from pathlib import Path

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(os.getcwd() + os.sep, ''))

base = Path('pl_glob_tmp')
files = ['a.py', 'b.py', 'c.txt', '.hidden.py', 'sub/d.py', 'sub/e.txt', 'sub/deep/f.py',
         'sub/deep/g.md', 'other/h.py', 'other/sub/i.py', 'Upper.PY']
for name in files:
    p = base / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(name)
(base / 'emptydir').mkdir()

def g(pattern, **kw):
    return sorted(str(p.relative_to(base)) for p in base.glob(pattern, **kw))

def rg(pattern, **kw):
    return sorted(str(p.relative_to(base)) for p in base.rglob(pattern, **kw))

for pat in ['*.py', '*', '*/*.py', '**/*.py', '**', '**/', '*/', 'sub/**', 'sub/**/*.py', 's?b/*',
            '[ab].py', '[!ab]*.py', 'nope/*', 'sub', 'sub/deep/f.py', '**/deep/*', '**/sub/**',
            '*/../a.py', 'sub/../*.txt', '**/*.md', 'a.py/*', '*.PY', '**/**/*.md']:
    show("glob " + pat, lambda: g(pat))
show("glob ci", lambda: g('*.PY', case_sensitive=False))
show("glob cs", lambda: g('*.py', case_sensitive=True))
for pat in ['*.py', '*.txt', 'deep', 'sub/*', '*/', '']:
    show("rglob " + repr(pat), lambda: rg(pat))
show("glob empty", lambda: list(base.glob('')))
show("glob abs", lambda: list(base.glob('/x')))
show("glob lazy", lambda: type(base.glob('')).__name__)
show("rglob ci", lambda: rg('*.py', case_sensitive=False))
show("glob missing dir", lambda: list((base / 'nope').glob('*')))
show("glob from dot", lambda: sorted(str(p) for p in Path('.').glob('pl_glob_tmp/sub/*.py')))
show("glob result type", lambda: sorted(type(p).__name__ for p in base.glob('a.py')))
show("iterdir", lambda: sorted(p.name for p in base.iterdir()))

for dirpath, dirnames, filenames in sorted(os.walk(str(base)), reverse=True):
    for fn in filenames:
        os.remove(os.path.join(dirpath, fn))
    os.rmdir(dirpath)
show("cleaned", lambda: base.exists())
