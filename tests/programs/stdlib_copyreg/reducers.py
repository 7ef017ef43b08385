import copyreg
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"
def reduce_point(p):
    return Point, (p.x, p.y)
copyreg.pickle(Point, reduce_point, Point)
def rebuild(obj):
    fn = copyreg.dispatch_table[type(obj)]
    ctor, args = fn(obj)
    return ctor(*args)
print(rebuild(Point(1, 2)), rebuild(2.5-1j), rebuild(-0j))
copyreg.pickle(Point, lambda p: (Point, (p.y, p.x)))
print(rebuild(Point(1, 2)))
del copyreg.dispatch_table[Point]
try:
    rebuild(Point(0, 0))
except KeyError as e:
    print(type(e).__name__, e.args[0].__name__)
print(copyreg.pickle_complex(1j))
