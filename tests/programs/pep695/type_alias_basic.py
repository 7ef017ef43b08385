type Point = tuple[float, float]
type Name = str
print(type(Point).__name__, Point.__name__, Point.__value__, Name.__value__)
print(repr(Point), Point.__type_params__, Point.__module__)
import typing
print(isinstance(Point, typing.TypeAliasType))
def dist(p: Point) -> float:
    return (p[0] ** 2 + p[1] ** 2) ** 0.5
print(dist((3.0, 4.0)), dist.__annotations__['p'] is Point)
try:
    Point((1, 2))
except TypeError as e:
    print(type(e).__name__, e)
