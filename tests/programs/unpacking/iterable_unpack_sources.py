a, b = 'xy'
print(a, b)
a, b = {'k1': 1, 'k2': 2}
print(a, b)
a, b = range(2)
print(a, b)
a, b = (i * 3 for i in range(2))
print(a, b)
a, b = map(int, '7 8'.split())
print(a, b)
a, b = zip('ab', 'cd')
print(a, b)
class Two:
    def __iter__(self):
        yield 'one'
        yield 'two'
a, b = Two()
print(a, b)
k, v = next(iter({'key': 'val'}.items()))
print(k, v)
(a, b), (c, d) = 'ab', [1, 2]
print(a, b, c, d)
