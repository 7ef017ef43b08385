from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], len(p), tuple(p), p == (1, 2))
q = p._replace(x=10)
print(q, q._asdict(), Point._fields, Point._make([5, 6]))
x, y = p
print(x, y)
Color = namedtuple('Color', 'r g b', defaults=[0])
print(Color(1, 2), Color(1, 2, 3))
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(p, tuple), sorted([Point(2, 1), Point(1, 2)]))
