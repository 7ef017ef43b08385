a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*'ab', *range(2)])
d1 = {'x': 1}
d2 = {'y': 2, 'x': 3}
print({**d1, **d2}, {**d2, **d1}, {**d1, 'z': 0})
print(*a, *b, sep=',')
t = *a, 0
print(t)
print([*[], *()], {**{}})
def f(*args, **kw):
    return args, kw
print(f(*a, *b, **d1, **{'q': 5}))
first, *others = *a, *b
print(first, others)
print([*(x * 2 for x in range(3))])
