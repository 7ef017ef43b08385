# Flags: values, combination, repr, inline and scoped flags.
import re

print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.L), int(re.NOFLAG))
print(re.I, re.M, re.S, re.X, re.A, re.U, re.NOFLAG)
print(repr(re.I | re.M), str(re.S | re.X), re.IGNORECASE | re.DOTALL | re.ASCII)
print(re.I | re.I, re.I & re.M, re.I ^ re.M, (re.I | re.M) & re.M)
print(type(re.I | re.M).__name__, isinstance(re.I, int), re.I == 2, re.I + 0)
print(re.IGNORECASE is re.I, re.RegexFlag.MULTILINE, re.I.name, re.I.value)
print(f'{re.I}', '%s' % re.M, format(re.S))

print(re.compile('a').flags, re.compile('a', re.I).flags, re.compile('(?i)a').flags)
print(re.compile('a', re.A).flags, re.compile(b'a').flags, re.compile('(?x)a', re.S).flags)
print(re.compile('a', re.I | re.M))
print(re.compile('(?ims)a'))

print(re.findall('abc', 'ABC abc AbC', re.I))
print(re.findall('(?i)abc', 'ABC abc AbC'))
print(re.findall('[a-c]+', 'ABC xyz', re.IGNORECASE))
print(re.findall('[^a-c]+', 'ABCxyz', re.IGNORECASE))
print(re.findall(r'^\w+', 'one\ntwo\nthree', re.M), re.findall(r'^\w+', 'one\ntwo'))
print(re.findall(r'\w+$', 'one\ntwo\nthree', re.M), re.findall(r'\w+$', 'one\ntwo\n'))
print(re.findall('a.b', 'a\nb axb', re.S), re.findall('a.b', 'a\nb axb'))
print(re.findall(r'\w+', 'héllo wörld', re.A), re.findall(r'\w+', 'héllo wörld'))
print(re.findall('(?a)\\d', '1\u0662'), re.findall('\\d', '1\u0662'))
print(re.findall('(?i:a)b', 'ab Ab aB AB'))
print(re.findall('(?-i:a)b', 'ab Ab aB AB', re.I))
print(re.findall('(?s:.)x', '\nx'), re.findall('(?m:^)b', 'a\nb'))
print(re.findall('(?i)(?-i:A)b', 'Ab AB ab'))
print(re.findall('(?x) a b c', 'abc a b c'), re.findall('(?x: a b ) c', 'ab c'))
print(re.match('(?i)ß', 'ẞ'), re.match('(?i)k', '\u212a'), re.match('(?i)[a-z]', 'ſ'))
print(re.match('(?i)σ', 'Σ').group(), re.match('(?i)Σ', 'ς').group())
print(re.match(b'(?i)abc', b'ABC'), re.match(b'\\w', b'\xe9'))

for pat, fl in [('a', re.A | re.U), ('a', re.L), (b'a', re.U), ('(?a)(?u)a', 0)]:
    try:
        re.compile(pat, fl)
    except ValueError as e:
        print('ValueError', e)
for pat in ['a(?i)b', '(?z)', '(?i', '(?-i)', '(?i-i:a)', '(?au:a)', '(?L)a', '(?-a:b)']:
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(pat), 'error:', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
