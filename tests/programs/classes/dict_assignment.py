class A:
    pass
a = A()
a.y = 0
a.__dict__ = {'x': 1}
print(a.x, a.__dict__, hasattr(a, 'y'))
for i in range(3):
    a.__dict__ = {'x': i * 10}
    print(a.x)
for bad in [5, [('x', 1)], None]:
    try:
        a.__dict__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del a.__dict__
except TypeError as e:
    print(type(e).__name__, e)
class S:
    __slots__ = ('v',)
try:
    S().__dict__ = {}
except AttributeError as e:
    print(type(e).__name__, e)
