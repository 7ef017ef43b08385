def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2, c=3))
def g(a, b=2, *rest, c, d=4, **extra):
    return a, b, rest, c, d, extra
print(g(1, c=3), g(1, 2, 3, 4, c=5, e=6), g(a=0, c=0, b=1))
def h(x, /, y, *, z):
    return x, y, z
print(h(1, 2, z=3), h(1, y=2, z=3))
def only_kw(*, key):
    return key
print(only_kw(key='k'))
def pos_only(a, b, /):
    return a * b
print(pos_only(3, 4))
def kwargs_with_posonly_name(a, /, **kw):
    return a, kw
print(kwargs_with_posonly_name(1, a=2))
