class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
p = Point(3, 4)
print(p, p.x, p.y, p.norm2(), p.dims, Point.dims, Point.__doc__, Point.__name__, Point.__qualname__)
p.z = 5
print(p.z, sorted(p.__dict__), type(p) is Point, type(p).__name__, isinstance(p, Point), isinstance(p, object))
Point.dims = 3
print(p.dims)
p.dims = 'instance'
print(p.dims, Point.dims)
del p.dims
print(p.dims)
print(Point.__module__, Point.__bases__, Point.__mro__)
print('norm2' in Point.__dict__, type(Point.__dict__).__name__)
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
