# The generated __init__: parameter errors, annotations, defaults, __doc__.
from dataclasses import dataclass, field, InitVar, KW_ONLY


@dataclass
class Point:
    x: int
    y: "str" = "a"
    tags: list = field(default_factory=list)
    scale: InitVar[float] = 1.0
    _: KW_ONLY
    label: str = ""

    def __post_init__(self, scale):
        pass


print(Point.__doc__)
print(Point.__init__.__qualname__, Point.__init__.__name__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__init__.__annotations__)
print(Point.__init__.__defaults__, Point.__init__.__kwdefaults__)
print(Point.__init__.__code__.co_varnames[:Point.__init__.__code__.co_argcount + Point.__init__.__code__.co_kwonlyargcount])

for args, kwargs in [((), {}), ((1, 2, 3, 4, 5), {}), ((1,), {"z": 3}), ((1,), {"x": 1})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)


@dataclass
class Selfish:
    self: int
    other: int = 0


print(Selfish(1), Selfish(self=2, other=3))


@dataclass(init=False)
class NoInit:
    a: int


print(NoInit.__doc__)


@dataclass
class Custom:
    a: int

    def __init__(self, a, b=2, *rest, key=None, **extra):
        self.a = a


print(Custom.__doc__)


class Outer:
    @dataclass
    class Inner:
        v: int


try:
    Outer.Inner()
except TypeError as e:
    print(e)
print(Outer.Inner.__init__.__qualname__)


# replace() passes unknown names on to __init__.
import dataclasses


@dataclass
class P:
    x: int
    y: int = field(default=0, init=False)


for make in (lambda: dataclasses.replace(P(1), z=2), lambda: P(1, 2)):
    try:
        make()
    except TypeError as e:
        print(type(e).__name__, e)
