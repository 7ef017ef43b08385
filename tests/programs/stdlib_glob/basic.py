import glob
import os

ROOT = 'glob_basic_tmp'

def make(path, is_dir=False):
    if is_dir:
        os.mkdir(path)
    else:
        with open(path, 'w') as f:
            f.write('x')

def cleanup(path):
    if os.path.isdir(path):
        for name in os.listdir(path):
            cleanup(os.path.join(path, name))
        os.rmdir(path)
    elif os.path.exists(path):
        os.remove(path)

cleanup(ROOT)
make(ROOT, True)
for d in ['src', 'src/pkg', 'src/pkg/sub', 'docs', '.git', 'src/.cache', 'empty']:
    make(os.path.join(ROOT, d), True)
for f in ['a.py', 'b.py', 'c.txt', 'README', '.hidden.py', 'src/main.py', 'src/util.py',
          'src/pkg/__init__.py', 'src/pkg/sub/deep.py', 'src/pkg/data.json', 'docs/index.md',
          '.git/config', 'src/.cache/x.py', 'file[1].txt', 'q?.txt']:
    make(os.path.join(ROOT, f))

def show(pattern, **kw):
    res = sorted(glob.glob(os.path.join(ROOT, pattern) if pattern is not None else ROOT, **kw))
    print(repr(pattern), kw, [r[len(ROOT) + 1:] if r.startswith(ROOT + '/') else r for r in res])

try:
    show('*.py')
    show('*')
    show('?.py')
    show('[ab].py')
    show('[!a].py')
    show('*/')
    show('src/*.py')
    show('*/*.py')
    show('src/*/*')
    show('**/*.py')
    show('**/*.py', recursive=True)
    show('**', recursive=True)
    show('**/', recursive=True)
    show('src/**', recursive=True)
    show('src/**/*.py', recursive=True)
    show('**/*.py', recursive=True, include_hidden=True)
    show('.*')
    show('*', include_hidden=True)
    show('README')
    show('missing')
    show('missing/*.py')
    show('src/')
    show('a.py/')
    show('file[1].txt')
    show(glob.escape('file[1].txt'))
    show(glob.escape('q?.txt'))
    show('empty/*')
    show('nope*', recursive=True)
    print(sorted(glob.glob('*.py', root_dir=ROOT)))
    print(sorted(glob.glob('**/*.json', root_dir=ROOT, recursive=True)))
    print(sorted(glob.glob('src/pkg/*', root_dir=ROOT)))
    print(sorted(glob.iglob(ROOT + '/docs/*')))
    it = glob.iglob(ROOT + '/*.txt')
    print(type(it).__name__ != 'list', sorted(it))
    print(glob.escape('a*b?c[d]'), glob.escape('/plain/path'), glob.escape(b'x*'))
    print(glob.has_magic('abc'), glob.has_magic('a*'), glob.has_magic('[x]'), glob.has_magic(b'?'))
    print(glob.glob(''), glob.glob('', recursive=True))
finally:
    cleanup(ROOT)
print(os.path.exists(ROOT))
