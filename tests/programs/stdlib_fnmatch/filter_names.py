import fnmatch

files = ['main.py', 'test_main.py', 'setup.cfg', 'README.md', 'data.json', 'Makefile',
         'lib.c', 'lib.h', 'lib.o', 'notes.txt', 'test_util.py', '.env', 'x', 'file10', 'file2']
for pat in ['*.py', 'test_*', '*.[ch]', '*.[!ch]', '?????', '*', '.*', '*file*', 'file[0-9]',
            'file[0-9][0-9]', '[A-Z]*', '*.*', '*[!.]*', '']:
    print(repr(pat), fnmatch.filter(files, pat))

print(fnmatch.fnmatch('', ''), fnmatch.fnmatch('', '*'), fnmatch.fnmatch('a', ''))
print(fnmatch.fnmatchcase('Hello.PY', '*.py'), fnmatch.fnmatchcase('Hello.PY', '*.PY'))
print(fnmatch.fnmatch('dir/file.py', '*.py'), fnmatch.fnmatch('dir/file.py', 'dir/*'))
print(fnmatch.fnmatch('line1\nline2', 'line*'), fnmatch.fnmatch('x\n', 'x'))
print(fnmatch.fnmatch('a' * 50 + 'b', '*a*a*a*a*a*a*c'))
print(fnmatch.fnmatch('[abc]', '[[]abc]'))
print(fnmatch.fnmatch('ä.txt', '?.txt'), fnmatch.fnmatch('日本.txt', '*.txt'))

import re
for pat in ['*.py', 'data[0-9]?.csv', '[!_]*']:
    rx = re.compile(fnmatch.translate(pat))
    print(pat, [n for n in ['a.py', 'data12.csv', 'data1.csv', '_x', 'y'] if rx.match(n)])
try:
    fnmatch.filter(['a'], 3)
except TypeError:
    print('TypeError for non-string pattern')
