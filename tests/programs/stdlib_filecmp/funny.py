import filecmp, os, tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)
os.makedirs('l/both_dirs/inner')
os.makedirs('r/both_dirs/inner')
for side in 'lr':
    with open(f'{side}/plain', 'w') as f:
        f.write('plain text\n')
    with open(f'{side}/both_dirs/inner/deep.txt', 'w') as f:
        f.write('deep ' + side * (3 if side == 'l' else 5) + '\n')
    with open(f'{side}/tags', 'w') as f:
        f.write('ignored by default\n')
# a dangling symlink on the left, a file on the right
os.symlink('does-not-exist', 'l/dangling')
with open('r/dangling', 'w') as f:
    f.write('real file\n')
# a symlink to a file compares through the link
os.symlink('plain', 'l/link_to_plain')
with open('r/link_to_plain', 'w') as f:
    f.write('plain text\n')
# both sides dangling
os.symlink('nowhere', 'l/both_bad')
os.symlink('nowhere', 'r/both_bad')

d = filecmp.dircmp('l', 'r')
print(d.common)
print('dirs', d.common_dirs, 'files', d.common_files, 'funny', d.common_funny)
print('same', d.same_files, 'diff', d.diff_files, 'trouble', d.funny_files)
print(filecmp.cmpfiles('l', 'r', ['plain', 'link_to_plain', 'dangling', 'both_bad', 'both_dirs']))
print(filecmp.cmpfiles('l', 'r', ['plain', 'link_to_plain'], shallow=False))
d.report_full_closure()
inner = d.subdirs['both_dirs'].subdirs['inner']
print(inner.diff_files, inner.left, inner.right)
# DEFAULT_IGNORES is used unless ignore= is given
print('tags' in filecmp.DEFAULT_IGNORES, 'tags' in d.left_list)
e = filecmp.dircmp('l', 'r', ignore=['both_dirs'])
print(e.left_list, e.subdirs)
print(sorted(filecmp.dircmp('l', 'r', hide=[]).left_list))
filecmp.clear_cache()
print(filecmp.cmp('l/plain', 'r/plain', shallow=False), filecmp.cmp('l/link_to_plain', 'r/plain'))
try:
    filecmp.cmp('l/dangling', 'r/dangling')
except OSError as exc:
    print(type(exc).__name__, exc.errno)
os.chdir('/')
tmp.cleanup()
