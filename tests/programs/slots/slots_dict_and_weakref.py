import weakref
class Hybrid:
    __slots__ = ('fixed', '__dict__')
h = Hybrid()
h.fixed = 1
h.dynamic = 2
print(h.fixed, h.__dict__)
class Weak:
    __slots__ = ('v', '__weakref__')
w = Weak()
r = weakref.ref(w)
print(r() is w)
class NoWeak:
    __slots__ = ('v',)
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print(type(e).__name__, e)
