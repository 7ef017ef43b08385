def pair():
    return 1, 2
a, b = pair()
print(a, b, pair())
t = 1, 2, 3
x, y, z = t
print(x + y + z)
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
def f(*args):
    return args
print(f(), f(1), f(1, 2), type(f()).__name__)
print((*range(3), 9), (*'ab',))
