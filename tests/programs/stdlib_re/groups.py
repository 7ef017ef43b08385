# Capturing, non-capturing and named groups, backreferences, conditionals.
import re

m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m.group(0), '|', m.group(1), '|', m.group(2), '|', m.group(1, 2))
print(m.groups(), m.lastindex, m.lastgroup)

m = re.match(r'(?P<first_name>\w+) (?P<last_name>\w+)', 'Malcolm Reynolds')
print(m.group('first_name'), m.group('last_name'), m['first_name'])
print(m.groupdict(), m.lastgroup, m.lastindex)
print(m.span('last_name'), m.start(1), m.end(2))

# nested groups and lastindex
for pat, s in [('(a)(b)', 'ab'), ('((a)b)', 'ab'), ('(a)|b', 'b'), ('(a)(b)?', 'a'),
               ('((a)|(b))+', 'ab'), ('(?:(a)|b)*', 'ab'), ('(a*)*', 'b'), ('(a*)+', 'b'),
               ('(a|b)*?c', 'abc'), ('(a)|(b)', 'b'), ('(a)?(b)?c', 'c'),
               ('(?:x(a)?)+', 'xaxx'), ('(x)*', 'xxx'), ('(x|y)+?z', 'xyxz')]:
    m = re.match(pat, s)
    print(f'{pat!r:14} {s!r:6}', m.groups(), m.lastindex, [m.span(i) for i in range(len(m.groups()) + 1)])

# defaults for groups that did not participate
m = re.match(r'(\d+)\.?(\d+)?', '24')
print(m.groups(), m.groups('0'), m.group(2), m.span(2), m.start(2))
m = re.match(r'(?P<a>x)|(?P<b>y)', 'y')
print(m.groupdict(), m.groupdict(''), m.lastgroup)

# backreferences
print(re.search(r'(\w)\1', 'abccd').group())
print(re.search(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" \'there\'').group())
print(re.findall(r'\b(\w+) \1\b', 'the the cat sat sat on on the mat'))
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk').group(11))
print(re.match(r'(?i)(a)\1', 'aA'))
print(re.match(r'(a)|\1', 'x'))
print(re.match(r'(a)?\1', 'a'))

# conditionals
for s in ['<user@host>', 'user@host', '<user@host', 'user@host>']:
    m = re.match(r'(<)?(\w+@\w+)(?(1)>|$)', s)
    print(repr(s), m and m.group(0))
print(re.match(r'(?P<q>")?\w+(?(q)")', '"abc"').group())
print(re.match(r'(a)?(?(1)b|c)', 'c').group())

# groups count and groupindex
p = re.compile(r'(?P<y>\d{4})-(?P<m>\d\d)(?:-(\d\d))?')
print(p.groups, sorted(p.groupindex.items()))
m = p.match('2024-05')
print(m.groups(), m.group('y', 'm', 3), m.regs)
print(re.compile('(?:a)(?:b)').groups, re.compile('((a)(b))').groups)

# group indexing errors
m = re.match('(a)', 'a')
for g in [2, -1, 'x']:
    try:
        m.group(g)
    except IndexError as e:
        print('IndexError', e)
