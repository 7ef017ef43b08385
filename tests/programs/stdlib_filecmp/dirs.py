import filecmp, os, tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)
def write(name, data, mtime=1_500_000_000):
    os.makedirs(os.path.dirname(name) or '.', exist_ok=True)
    with open(name, 'w') as f:
        f.write(data)

for side in ('left', 'right'):
    write(f'{side}/same.txt', 'same\n')
    write(f'{side}/docs/readme.md', '# readme\n')
    write(f'{side}/docs/deep/x.txt', 'deep\n')
    write(f'{side}/CVS/entries', 'ignored\n')
    write(f'{side}/.hidden', 'h\n')
write('left/changed.txt', 'version 1\n')
write('right/changed.txt', 'version 22\n')
write('left/only_left.py', 'print(1)\n')
write('right/only_right.py', 'print(2)\n')
write('left/docs/deep/y.txt', 'only left deep\n')
write('right/docs/guide.md', 'guide\n')
write('left/kind', 'a file here\n')
os.makedirs('right/kind')
write('left/subonly/f', 'f\n')
write('left/docs/deep/x.txt', 'DEEPER\n')

d = filecmp.dircmp('left', 'right')
print(d.left, d.right)
print(d.left_list)
print(d.right_list)
print(d.common, d.left_only, d.right_only)
print(d.common_dirs, d.common_files, d.common_funny)
print(d.same_files, d.diff_files, d.funny_files)
print(sorted(d.subdirs), type(d.subdirs['docs']).__name__)
sub = d.subdirs['docs']
print(sub.left, sub.right, sub.common, sub.right_only, sorted(sub.subdirs))
deep = sub.subdirs['deep']
print(deep.left_only, deep.same_files, deep.diff_files)
print('--- report')
d.report()
print('--- partial')
d.report_partial_closure()
print('--- full')
d.report_full_closure()
try:
    d.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
d2 = filecmp.dircmp('left', 'right', ignore=[], hide=['.hidden'])
print(d2.left_list, d2.common)
d3 = filecmp.dircmp('left', 'right', ignore=['docs', 'CVS'])
print(d3.common, d3.subdirs)
print(filecmp.dircmp[str])
try:
    filecmp.dircmp('left', 'nope').common
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
os.chdir('/')
tmp.cleanup()
