def f(self, x):
    return (type(self).__name__, x)
class A:
    pass
A.method = f
a = A()
print(a.method(1))
bound = f.__get__(a, A)
print(bound(2), type(bound).__name__, bound.__self__ is a)
print(f.__get__(None, A) is f)
sm = staticmethod(lambda x: x * 2)
cm = classmethod(lambda cls, x: (cls.__name__, x))
class B:
    s = sm
    c = cm
print(B.s(2), B().s(3), B.c(4), B().c(5))
print(type(B.__dict__['s']).__name__, B.__dict__['c'].__func__(B, 6))
p = property(lambda self: 'prop value')
class Cp:
    v = p
print(Cp().v, p.__get__(Cp()), p.fget(None))
