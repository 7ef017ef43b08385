import fnmatch
pats = ['*', '*.py', 'a*b', 'a*b*c', '*a*', '?', '??x', '[abc]', '[!abc]', '[a-c]x', '[z-a]', '[!z-a]', '[]]', '[!]]', '[', '[a', 'a[', '[a-]', '[-a]', '[\\]', '[a-c-e]', '**', 'a**b', '*.[ch]', '[^x]', '[&&]', '\\*', 'x.y+z(1)', '[[]', '[!', '[!]', 'a[!b-d]e', '*[0-9]']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))
names = ['abc', 'a.py', 'b.PY', 'ab', 'axxb', 'abxbc', 'x', 'zz', ']', '-', 'a', '\\', '[', 'a[', 'ax', 'dx', 'e', 'aee', 'a-b', 'xxx', '^', '&', '*', 'x.y+z(1)', 'file1', 'file.c', 'file.h', 'a\nb', '.hidden', '!', 'aze', 'abe']
for p in pats:
    print(repr(p), [n for n in names if fnmatch.fnmatchcase(n, p)])
print(fnmatch.filter(names, '*.py'))
print(fnmatch.fnmatch('A.PY', '*.PY'), fnmatch.fnmatch('a.py', '*.PY'))
print(fnmatch.filter(['x.txt', 'y.txt', 'z.md'], '*.txt'))
print(fnmatch.fnmatchcase(b'abc', b'a*'), fnmatch.filter([b'a1', b'b2'], b'a?'))
try:
    fnmatch.fnmatchcase('abc', b'a*')
except TypeError as e:
    print('TypeError')
