# weakref.proxy forwards operators, attributes and calls.
import gc
import weakref


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.xs, o.xs)]) if isinstance(o, Vec) else Vec(*[a + o for a in self.xs])

    __radd__ = __add__

    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])

    def __rmul__(self, k):
        return Vec(*[a * k for a in self.xs])

    def __neg__(self):
        return Vec(*[-a for a in self.xs])

    def __abs__(self):
        return sum(abs(a) for a in self.xs)

    def __iadd__(self, o):
        self.xs = [a + o for a in self.xs]
        return self

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __delitem__(self, i):
        del self.xs[i]

    def __eq__(self, o):
        return isinstance(o, Vec) and self.xs == o.xs

    __hash__ = None

    def __repr__(self):
        return f'Vec{tuple(self.xs)}'

    def __int__(self):
        return len(self.xs)

    def __float__(self):
        return float(sum(self.xs))

    def __index__(self):
        return 2

    def __bool__(self):
        return bool(self.xs)

    def __call__(self, k):
        return self.xs[k]


v = Vec(1, 2, 3)
p = weakref.proxy(v)
print(p + 1, 1 + p, p * 2, 3 * p, -p, abs(p), len(p), p[1], p[-1])
p[0] = 10
del p[2]
print(v, p == Vec(10, 2), p != v, int(p), float(p), [0, 1, 2, 3][p], bool(p), p(0))
print(str(p), p.xs, type(p).__name__, callable(p), p.__class__.__name__)
print(repr(p).startswith('<weakproxy at 0x'), ' to Vec at 0x' in repr(p))
q = weakref.proxy(v)
print(p is q, weakref.getweakrefcount(v), weakref.getweakrefs(v)[0] is p)
p += 5
print(type(p).__name__, v)
n = Vec(4)
x = weakref.proxy(n)
print(x + x, x == x, 'xs' in dir(x))
import operator
print(operator.add(x, 1), x.__len__())
del n
gc.collect()
print(repr(x).startswith('<weakproxy at 0x'), ' to NoneType at ' in repr(x))
for fn in (lambda: x + 1, lambda: x(0), lambda: x.xs, lambda: repr(x[0]), lambda: x == 1, lambda: -x):
    try:
        fn()
    except ReferenceError as e:
        print('ReferenceError', e)
try:
    weakref.proxy(5)
except TypeError as e:
    print('TypeError', e)
try:
    hash(x)
except TypeError as e:
    print('TypeError', e)
try:
    weakref.CallableProxyType()
except TypeError as e:
    print('TypeError', e)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType), weakref.ReferenceType is weakref.ref)


class Plain:
    pass


o = Plain()
cbs = []
p1 = weakref.proxy(o, cbs.append)
p2 = weakref.proxy(o, cbs.append)
print(p1 is p2, weakref.getweakrefcount(o), type(p1).__name__)
del p2
gc.collect()
print(weakref.getweakrefcount(o))
del o
gc.collect()
print(len(cbs), cbs[0] is p1)
