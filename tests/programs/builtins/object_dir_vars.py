o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(type(o).__name__, object.__bases__, object.__mro__, isinstance(o, object))
class C:
    a = 1
    def m(self):
        pass
c = C()
c.b = 2
d = dir(c)
print('a' in d, 'b' in d, 'm' in d, '__init__' in d, d == sorted(d))
print([n for n in dir(C) if not n.startswith('_')])
print(sorted(vars(c)), 'a' in vars(C), type(vars(C)).__name__)
import math
print('sqrt' in dir(math), 'pi' in vars(math))
def f():
    x = 1
    y = 2
    return sorted(dir()), sorted(locals())
print(f())
print(sorted(k for k in globals() if not k.startswith('_')))
