# The Match object API.
import copy
import re

p = re.compile(r'(?P<key>\w+)=(?P<val>\d+)?')
m = p.search('  width=100;')
print(m)
print(repr(m), bool(m))
print(m.group(), m.group(0), m.group(1), m.group('val'), m.group(1, 'val', 0))
print(m[0], m[1], m['key'], m['val'])
print(m.groups(), m.groupdict())
print(m.start(), m.end(), m.span(), m.start(1), m.end('val'), m.span('key'))
print(m.regs)
print(m.pos, m.endpos, m.string, m.re is p, m.re.pattern)
print(m.lastindex, m.lastgroup)
print(m.expand(r'\g<val> for \1 (\g<0>)'), m.expand(r'[\2]\n'))
print(copy.copy(m) is m, copy.deepcopy(m) is m)

m = p.search('  width=;', 1, 8)
print(m, m.pos, m.endpos, m.groups(), m.groups(''), m.groupdict('none'))
print(m.span('val'), m.start(2), m.end(2), m.group(2), m.expand(r'[\2]'))

m = re.match(r'(\w+) (\w+)', 'Jane Doe')
print(m.group(1, 2), m.span(2), m.regs, m.lastindex, m.lastgroup)
print(re.match('a', 'abc'), re.match('', 'abc'), re.search('c$', 'abc'))
print(re.match('a\n\'"', 'a\n\'"'), re.match(b'ab', b'abc'))
print(re.search(r'\d+', 'x' * 100 + '123'))
m = re.search('(a)(b)?', 'xa')
print(m.span(0), m.span(1), m.span(2), m.start(2), m.end(2))
print(type(m).__name__, type(m) is re.Match, type(p) is re.Pattern)
m = re.match(r'(?P<x>a)(?P<y>b)', 'ab')
print(m.lastgroup, m.lastindex, m.groupdict())
m = re.match(r'((?P<x>a)b)', 'ab')
print(m.lastgroup, m.lastindex)
for bad in [3, -1, 'z', 1.5]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
m = re.fullmatch(r'(\d+)-(\d+)', '10-20')
print(int(m[1]) + int(m[2]), m.start(2))
m = re.match(b'(a)(b)', b'ab')
print(m.group(1), m.groups(), m[0], m.expand(b'\\2\\1'), m.span(2))
