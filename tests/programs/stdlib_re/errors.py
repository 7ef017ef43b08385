# re.error messages, positions and attributes; other exceptions.
import re

patterns = ['(', 'a)', '*', 'a**', 'a*?*', '+a', '[a', '[]', '[^]', r'\q', '\\', r'[\q]',
            '[z-a]', r'[\d-z]', '(?<x)', '(?x', '(?', '(?P<>a)', '(?P<1a>a)',
            '(?P<a>a)(?P<a>b)', '(?P=x)', r'\5', r'(a)\2', r'(a\1)', 'a{3,2}', '(?z)',
            '(?#abc', r'\x0', r'\xg', r'\u12', r'\777', '(?P<a', '(?P=a', r'(?(1)a|b|c)',
            r'(?(1)a)', r'(?(x)a)', '^*', r'\b*', '(?i)*', '$+', '{1,2}', 'a{1}{2}', ')',
            '(?<', '(?P', '(?P>', r'\z', '(?>', 'abc\n(def', 'a\nb\n[c', '(?P<a>(?P=a))',
            '(?(0)a)', r'[\8]', r'\8', r'[a-\d]']
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(f'{p!r:16} {e}')
        print(' ' * 17, e.msg, '|', e.pos, e.lineno, e.colno, e.pattern == p)

try:
    re.compile(b'(?P<\xe9>a)')
except re.error as e:
    print(e, e.pattern)
try:
    re.compile('a{99999999999}')
except OverflowError as e:
    print('OverflowError', e)
try:
    re.compile(r'(?<=a*)b')
except re.error as e:
    print(e, e.pos, e.lineno)

print(issubclass(re.error, Exception), re.error.__name__, re.error is re.error)
e = re.error('custom message')
print(e, e.msg, e.pattern, e.pos)
e = re.error('custom', 'ab\ncd', 4)
print(e, e.lineno, e.colno)

for args in [(5, 'a'), ('a', 5), ('a', b'a'), (b'a', 'a'), (None, 'a')]:
    try:
        re.match(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile('(a)').match('a').group(3)
except IndexError as e:
    print('IndexError', e)
