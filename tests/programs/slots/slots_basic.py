class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, Point.__slots__, hasattr(p, '__dict__'), hasattr(p, '__weakref__'))
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(Point.x), type(Point.x).__name__)
print(sorted(n for n in dir(p) if not n.startswith('__')))
