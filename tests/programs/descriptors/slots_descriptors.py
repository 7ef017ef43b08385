class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, type(P.x).__name__, hasattr(p, '__dict__'))
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
print(p.y, P.x.__get__(p, P))
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
