import fnmatch
import re

samples = ['*', '**', 'a*', '*a', 'a*b*c*d', '?*?', '[a-z]*[0-9]', '[!a-z]', '[]-]', '[!]-]',
           '[a-]', '[-z]', '[z-a]x', 'x[z-a]', '[!z-a]', '[^a]', '[[]', '[a&&b]', '[a~~b]', '[a||b]',
           '[\\]', '[\\-x]', 'file.*.bak', '(x)+{y}', '$^']
names = ['', 'a', 'ab', 'abcd', 'axbxcxd', 'z', 'q9', 'Q', ']', '-', 'x', '^', '[', '&', '~', '|',
         'b', '\\', 'file.1.bak', '(x)+{y}', '$^', 'aa', 'x-']
for pat in samples:
    rx = fnmatch.translate(pat)
    compiled = re.compile(rx)
    matched = [n for n in names if compiled.match(n)]
    same = matched == [n for n in names if fnmatch.fnmatchcase(n, pat)]
    print(repr(pat), matched, same)

# many distinct patterns exercise the cache
count = 0
for i in range(300):
    if fnmatch.fnmatch('item%d' % i, 'item*%d' % (i % 10)):
        count += 1
print(count)
print(fnmatch.filter(['%d.txt' % i for i in range(15)], '1?.txt'))
print(fnmatch.filter((n for n in ['a.c', 'b.h', 'c.o']), '*.[ch]'))
