def f(a, b, c=0, *rest, **kw):
    return a, b, c, rest, kw
args = [1, 2]
kw = {'c': 3, 'd': 4}
print(f(*args), f(*args, **kw), f(*args, 9, 10, x=1), f(*range(5)))
print(f(*'xy'), f(*[1], *[2, 3]), f(**{'a': 1, 'b': 2}), f(1, **{'b': 2}, **{'e': 5}))
print(f(*(i for i in range(3))), f(0, *[1], 2, *[3], z=0, **{'y': 1}))
print(max(*[3, 9, 2]), print(*[]), '-'.join([*'abc']))
def g(**kw):
    return sorted(kw.items())
print(g(**dict(b=1, a=2)), g(**{'x': 1}, y=2))
try:
    g(**{'x': 1}, **{'x': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(x=1, **{'x': 2})
except TypeError as e:
    print(type(e).__name__, e)
