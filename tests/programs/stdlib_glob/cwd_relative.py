import glob
import os

ROOT = 'glob_cwd_tmp'

def cleanup(path):
    if os.path.isdir(path):
        for name in os.listdir(path):
            cleanup(os.path.join(path, name))
        os.rmdir(path)
    elif os.path.exists(path):
        os.remove(path)

cleanup(ROOT)
os.mkdir(ROOT)
os.mkdir(ROOT + '/d1')
os.mkdir(ROOT + '/d1/d2')
for f in ['x1.log', 'x2.log', 'd1/y.log', 'd1/d2/z.log', 'd1/d2/z.txt']:
    with open(ROOT + '/' + f, 'w') as fh:
        fh.write(f)
try:
    print(sorted(glob.glob('glob_cwd_*')))
    print(sorted(glob.glob('glob_cwd_tmp/**/*.log', recursive=True)))
    print(sorted(glob.glob('glob_cwd_tmp/**/', recursive=True)))
    print(sorted(glob.glob('**/*.txt', root_dir=ROOT, recursive=True)))
    print(sorted(glob.glob('**', root_dir=ROOT, recursive=True)))
    print(sorted(glob.glob('*', root_dir=ROOT + '/d1')))
    print(sorted(glob.glob('d?/d?', root_dir=ROOT)))
    print(sorted(glob.glob('*/*/*.[lt]*', root_dir=ROOT)))
    print(sorted(glob.glob('glob_cwd_tmp/x[0-9].log')))
    print(sorted(glob.glob('glob_cwd_tmp/x[!1].log')))
    print(glob.glob('glob_cwd_tmp/d1/y.log'))
    print(glob.glob('glob_cwd_tmp/d1/nothing.log'))
    print(glob.glob('glob_cwd_tmp//d1'))
    print(sorted(glob.glob('glob_cwd_tmp/*/')))
    n = 0
    for path in glob.iglob('glob_cwd_tmp/**', recursive=True):
        n += 1
    print(n)
finally:
    cleanup(ROOT)
print(os.path.exists(ROOT))
