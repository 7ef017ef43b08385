def f(a, b):
    return a + b
def g(a, **kw):
    return kw
def h(*, only):
    return only
class C:
    def m(self, x):
        return x
cases = [
    lambda: f(1, 2, c=3),
    lambda: f(1, a=2),
    lambda: f(1, 2, b=3),
    lambda: g(1, a=2),
    lambda: h(1),
    lambda: h(),
    lambda: h(only=1, other=2),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C().m(y=1),
    lambda: C.m(1),
    lambda: f(**{'a': 1, 'b': 2, 'z': 3}),
    lambda: f(*[1], **{'a': 5}),
    lambda: f(**{1: 2}),
    lambda: f(*5),
    lambda: f(**[1]),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
print(g(1, b=2, **{'c': 3}))
