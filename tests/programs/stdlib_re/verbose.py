# Verbose patterns: whitespace and comments are ignored except where escaped.
import re

number = re.compile(r"""
    (?P<sign>[-+])?      # optional sign
    (?P<int>\d+)         # integer part
    (?:\.(?P<frac>\d*))? # optional fraction
    (?:[eE](?P<exp>[-+]?\d+))?  # exponent
""", re.VERBOSE)
for s in ['42', '-3.14', '+2.5e-3', '6.', 'x']:
    m = number.fullmatch(s)
    print(repr(s), m and m.groupdict())

print(re.findall(r'(?x) a b c  # comment', 'abc a b c'))
print(re.findall(r'(?x) a\ b', 'a b ab'))
print(re.findall(r'(?x) [ ] a', ' a'))
print(re.findall(r'(?x) [#] a', '#a'))
print(re.findall(r'(?x) \# a', '#a'))
print(re.findall(r'(?x) a {2}', 'aaa'))
print(re.findall(r'(?x) a{1, 2}', 'a{1, 2}'))
print(re.findall('(?x)a # comment\n b', 'ab'))
print(re.findall('(?x:a b) c', 'abc ab c'))
print(re.match(r'(?x) (?P<word> \w+ ) \s+ (?P=word)', 'hey   hey').group())
date = re.compile(r'''
    ^(\d{4})    # year
    -(\d{2})    # month
    -(\d{2})$   # day
''', re.X)
print(date.match('2023-12-25').groups(), date.match('2023-1-25'))
print(date.flags & re.X == re.X)
email = re.compile(r"""
    [\w.+-]+    # user
    @
    [\w-]+      # domain
    (?:\.[\w-]+)+
""", re.VERBOSE | re.IGNORECASE)
print(email.findall('Contact: A.B@Example.COM, x@y.org; bad@'))
try:
    re.compile('(?x) a ( b', re.X)
except re.error as e:
    print(e)
