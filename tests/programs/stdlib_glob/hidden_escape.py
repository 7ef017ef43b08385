import glob
import os

ROOT = 'glob_hidden_tmp'

def cleanup(path):
    if os.path.isdir(path):
        for name in os.listdir(path):
            cleanup(os.path.join(path, name))
        os.rmdir(path)
    elif os.path.exists(path):
        os.remove(path)

cleanup(ROOT)
os.mkdir(ROOT)
for d in ['.config', 'visible', 'visible/.inner', 'we[ird]', 'star*dir']:
    os.mkdir(os.path.join(ROOT, d))
for f in ['.rc', 'x.txt', '.config/settings.ini', 'visible/a.txt', 'visible/.inner/b.txt',
          'we[ird]/file.txt', 'star*dir/s.txt', 'q?mark', 'plain']:
    with open(os.path.join(ROOT, f), 'w') as fh:
        fh.write('data')

def rel(paths):
    return sorted(p[len(ROOT) + 1:] for p in paths)

try:
    print(rel(glob.glob(ROOT + '/*')))
    print(rel(glob.glob(ROOT + '/.*')))
    print(rel(glob.glob(ROOT + '/*', include_hidden=True)))
    print(rel(glob.glob(ROOT + '/**/*.txt', recursive=True)))
    print(rel(glob.glob(ROOT + '/**/*.txt', recursive=True, include_hidden=True)))
    print(rel(glob.glob(ROOT + '/.config/*')))
    print(rel(glob.glob(ROOT + '/*/.*')))
    print(rel(glob.glob(ROOT + '/we[ird]/*')))
    print(rel(glob.glob(glob.escape(ROOT + '/we[ird]') + '/*')))
    print(rel(glob.glob(glob.escape(ROOT + '/star*dir') + '/*.txt')))
    print(rel(glob.glob(ROOT + '/star*dir/*')))
    print(rel(glob.glob(glob.escape(ROOT + '/q?mark'))))
    print(rel(glob.glob(ROOT + '/q?mark')))
    print(rel(glob.glob(ROOT + '/[pq]*')))
    print(rel(glob.glob(ROOT + '/*/')))
    print(rel(glob.glob(ROOT + '/**/', recursive=True, include_hidden=True)))
    print(sorted(glob.glob('**/', root_dir=ROOT, recursive=True)))
    print(glob.escape('//server/share/*'), glob.escape('[x]'), glob.escape('nothing'))
finally:
    cleanup(ROOT)
print(os.path.exists(ROOT))
