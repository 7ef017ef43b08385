print('a,b,,c'.split(','), 'a b  c '.split(), '  lead'.split(' '), ''.split(), ''.split(','))
print('a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1), 'a b c'.rsplit(None, 1))
print('line1\nline2\r\nline3\n'.splitlines(), 'x\ny\n'.splitlines(True))
print('-'.join(['a', 'b', 'c']), ''.join('xyz'), ', '.join(map(str, range(4))))
try:
    '-'.join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print('key=value=x'.partition('='), 'abc'.partition('z'), 'a=b=c'.rpartition('='))
try:
    'abc'.split('')
except ValueError as e:
    print(type(e).__name__, e)
