# findall and finditer, with and without groups, pos/endpos.
import re

text = 'He was carefully disguised but captured quickly by police.'
print(re.findall(r'\w+ly\b', text))
for m in re.finditer(r'\w+ly\b', text):
    print('%02d-%02d: %s' % (m.start(), m.end(), m.group(0)))
print(re.findall(r'(\w+)=(\d+)', 'set width=20 and height=10'))
print(re.findall(r'(\w+)=\d+', 'set width=20 and height=10'))
print(re.findall(r'(a)|(b)', 'abc'))
print(re.findall('x*', 'abxd'))
print(re.findall('a|', 'bab'))
print(re.findall('$', 'a\nb\n'), re.findall('(?m)$', 'a\nb\n'), re.findall('(?m)^', 'a\nb\n'))
print(re.findall(r'\d', ''), re.findall('', ''), re.findall('', 'ab'))
print(re.findall(r'(?:ab)+', 'ababxab'), re.findall(r'(ab)+', 'ababxab'))
print(re.findall(r'[\w.+-]+@[\w-]+\.[\w.]+', 'mail ann@x.org or bob.b+tag@mail.co.uk now'))
p = re.compile(r'\d')
print(p.findall('a1b2c3d4', 3), p.findall('a1b2c3d4', 2, 5), p.findall('a1b2', -3, 100))
print([m.span() for m in p.finditer('a1b2c3d4', 2, 6)])
it = re.finditer(r'\d+', 'x10 y200 z3')
print(type(it).__name__ in ('callable_iterator', 'generator'), [m.group() for m in it])
print([(m.start(), m.group()) for m in re.finditer('', 'abc')])
print([m.span() for m in re.finditer(r'\b', 'hi there')])
print([m.groups() for m in re.finditer(r'(\w)(\d)?', 'a1b')])
words = 'the quick brown fox jumps over the lazy dog ' * 200
print(len(re.findall(r'\b\w{5}\b', words)), len(re.findall('the', words)), len(re.findall(r'o\w', words)))
print(re.findall(b'[a-z]+', b'abc 123 de'), re.findall(b'(\\d)(\\d)', b'1234'))
