from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
print(p, p == Point(1, 0, []), p != Point(2), asdict(p), astuple(p))
print([f.name for f in fields(Point)], replace(p, y=5))
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), max(vs), hash(Version(1)) == hash(Version(1)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
@dataclass
class Derived(Point):
    z: int = 9
print(Derived(1, 2, [], 3))
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(WithPost(4))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), Point.__hash__, Version.__match_args__)
