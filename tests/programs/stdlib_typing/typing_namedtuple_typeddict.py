# NamedTuple (class and functional forms) and TypedDict.
from typing import (NamedTuple, TypedDict, Required, NotRequired, List,
                    Optional, is_typeddict, get_type_hints)


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'origin'

    def norm2(self):
        return self.x ** 2 + self.y ** 2

    @property
    def flipped(self):
        return Point(self.y, self.x, self.label)

    def __str__(self):
        return f'<{self.x},{self.y}>'


p = Point(3, 4)
print(p, repr(p), p.norm2(), p.flipped, p.x, p[1], len(p))
print(Point._fields, Point._field_defaults, Point.__annotations__)
print(Point.__bases__, isinstance(p, tuple), p == (3, 4, 'origin'))
print(p._replace(x=10), p._asdict(), Point._make([1, 2, 'a']))
print(Point.__name__, Point.__qualname__, Point.__module__)
x, y, label = p
print(x, y, label)

Employee = NamedTuple('Employee', [('name', str), ('id', int)])
e = Employee('ann', 7)
print(e, Employee._fields, Employee.__annotations__, Employee.__module__)
Pt3 = NamedTuple('Pt3', x=int, y=float)
print(Pt3(1, 2.5), Pt3.__annotations__)
print(get_type_hints(Point))


class Empty(NamedTuple):
    pass


print(Empty(), Empty._fields)

for src in ['class Bad(NamedTuple):\n    a: int = 1\n    b: str\n',
            'class Bad(NamedTuple):\n    a: int = 1\n    c: int = 2\n    b: str\n',
            'class Bad(NamedTuple):\n    a: int\n    def _asdict(self): pass\n',
            'class Bad(NamedTuple, int):\n    a: int\n']:
    try:
        exec(src)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    NamedTuple('X', [('a', int)], b=str)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)


# TypedDict
class Movie(TypedDict):
    title: str
    year: int


class MovieExtra(Movie, total=False):
    rating: float
    tags: List[str]


class Mixed(TypedDict, total=False):
    must: Required[int]
    maybe: str
    maybe2: NotRequired[bytes]


m = Movie(title='Blade Runner', year=1982)
print(m, type(m), m['title'])
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
print(sorted(MovieExtra.__required_keys__), sorted(MovieExtra.__optional_keys__), MovieExtra.__total__)
print(MovieExtra.__annotations__)
print(sorted(Mixed.__required_keys__), sorted(Mixed.__optional_keys__))
print(Movie.__bases__, MovieExtra.__bases__, Movie.__name__, Movie.__module__)
me = MovieExtra(title='x', year=1, rating=2.5)
print(me, type(me).__name__)
print(Movie({'title': 'y', 'year': 2}), Movie())

Alt = TypedDict('Alt', {'a': int, 'b': Optional[str]})
AltPartial = TypedDict('AltPartial', {'a': int}, total=False)
print(Alt.__annotations__, sorted(Alt.__required_keys__), Alt.__name__, Alt.__module__)
print(sorted(AltPartial.__optional_keys__), AltPartial.__total__, Alt(a=1, b=None))
print(is_typeddict(Movie), is_typeddict(Alt), is_typeddict(dict), is_typeddict(m))
print(get_type_hints(MovieExtra))
print(get_type_hints(Mixed), get_type_hints(Mixed, include_extras=True))

for thunk in [lambda: isinstance(m, Movie), lambda: issubclass(dict, Movie)]:
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class BadTD(TypedDict, int):
        a: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    TypedDict('X', {'a': int}, b=str)
except TypeError as e:
    print(type(e).__name__, e)
