print('hello'.count(''), 'aaaa'.count('aa'), 'abcabc'.count('bc', 2))
print('%s' % 'x', 'a{}b{}'.format(1, 2), '{1}{0}'.format('x', 'y'), '{n}!'.format(n=5))
print('{:>5}|{:<5}|{:^5}'.format('a', 'b', 'c'), '{0!r} {0!s}'.format('q'), '{{}}'.format())
print('{0[1]} {1[k]} {2.real}'.format([9, 8], {'k': 'v'}, 3))
print('{:{w}.{p}f}'.format(3.14159, w=8, p=2))
print('abc'.translate(str.maketrans('ab', 'xy')), 'hello'.translate({ord('l'): None}))
print(str.maketrans({'a': '1'}), 'abc'.translate(str.maketrans('', '', 'b')))
print('Hello'.encode(), 'x'.join(reversed('abc')), list('abc'), tuple('ab'))
print('ab'.__len__(), 'ab'.__add__('c'), 'ab'.__mul__(2), 'ab'.__contains__('a'))
print(str(None), str(3.0), str([1, 'a']), str(b'x'), str(b'caf\xc3\xa9', 'utf-8'))
print('Title Case Words'.istitle(), "they're bill's".title())
try:
    '{}{}'.format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    '{x}'.format(y=1)
except KeyError as e:
    print(type(e).__name__, e)
print('a'.format_map({'a': 1}), '{a}'.format_map({'a': 1}))
