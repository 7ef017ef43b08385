# A small "what needs syncing" tool built on filecmp.
import filecmp, os, tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)
def write(name, data, mtime=1_600_000_000):
    os.makedirs(os.path.dirname(name), exist_ok=True)
    with open(name, 'w') as f:
        f.write(data)

tree = {'src/main.c': 'int main(){}\n', 'src/util/str.c': 'str\n', 'src/util/mem.c': 'mem\n',
        'doc/index.txt': 'index\n', 'Makefile': 'all:\n', '__pycache__/x.pyc': 'junk'}
for rel, data in tree.items():
    write('master/' + rel, data)
    write('mirror/' + rel, data)
write('mirror/src/util/mem.c', 'MEMORY\n')
write('mirror/src/util/new.c', 'new\n')
os.remove('mirror/doc/index.txt')
write('mirror/Makefile', 'all:\n')   # rewritten, same content

def plan(cmp, prefix=''):
    actions = []
    for name in cmp.left_only:
        actions.append(('copy', prefix + name))
    for name in cmp.right_only:
        actions.append(('delete', prefix + name))
    for name in cmp.diff_files:
        # shallow said "different": confirm by content
        if filecmp.cmp(os.path.join(cmp.left, name), os.path.join(cmp.right, name), shallow=False):
            actions.append(('touch', prefix + name))
        else:
            actions.append(('update', prefix + name))
    for name, sub in sorted(cmp.subdirs.items()):
        actions.extend(plan(sub, prefix + name + '/'))
    return actions

for action in plan(filecmp.dircmp('master', 'mirror')):
    print(*action)
print(filecmp.dircmp('master', 'mirror').subdirs['src'].subdirs['util'].diff_files)
