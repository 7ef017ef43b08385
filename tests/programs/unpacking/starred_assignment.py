a, *b = [1, 2, 3]
print(a, b)
*a, b = 'xyz'
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
first, *_, last = 'hello'
print(first, last)
[a, *b] = (9,)
print(a, b)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
*whole, = [1, 2]
print(whole)
for h, *t in [[1, 2, 3], [4]]:
    print(h, t)
x, [y, *z] = 1, [2, 3, 4]
print(x, y, z)
