print(list(map(str, [1, 2, 3])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(len, ['a', 'bb'])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
m = map(int, ['1', '2'])
print(type(m).__name__, next(m), list(m), list(m))
f = filter(str.isdigit, 'a1b2c3')
print(type(f).__name__, ''.join(f))
print(list(map(pow, [2, 3], [3, 2])), sum(map(int, '12345')))
try:
    list(map(int, ['1', 'x']))
except ValueError as e:
    print(type(e).__name__, e)
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(lambda p: p[0], {'ab': 1, 'cd': 2}.items())))
