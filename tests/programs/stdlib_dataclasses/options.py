# Decorator options: init, repr, eq, order, match_args, slots, and field options.
import types
from dataclasses import dataclass, field, fields


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9), Version(1, 0, "rc"), Version(1, 0)]
print(sorted(vs))
print(Version(1, 0) < Version(1, 1), Version(2) >= Version(1, 9), Version(1) <= Version(1, 0, "x"), Version(1, 1) > Version(1, 1))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(type(e).__name__, e)
print(Version.__lt__(Version(1), (1, 0)))


@dataclass(init=False)
class Manual:
    a: int
    b: int = 2

    def __init__(self, total):
        self.a = total - self.b


print(Manual(10))


@dataclass(repr=False, eq=False)
class Bare:
    a: int


b = Bare(1)
print(type(b).__repr__ is object.__repr__, b == Bare(1), b == b, "__repr__" in Bare.__dict__)


@dataclass(match_args=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, "__match_args__"))


@dataclass
class OwnMatch:
    a: int
    b: int
    __match_args__ = ("b",)


print(OwnMatch.__match_args__)


# init=False fields with defaults keep the class default.
@dataclass
class Counter:
    name: str
    hits: int = field(default=0, init=False)
    seen: list = field(default_factory=list, init=False, repr=False)


c = Counter("x")
c.hits += 1
print(c, c.seen, Counter("x") == Counter("x"))

# metadata is exposed read-only.
@dataclass
class Meta:
    a: int = field(default=0, metadata={"unit": "cm", "min": 0})
    b: int = 0


fa, fb = fields(Meta)
print(fa.metadata["unit"], dict(fa.metadata) == {"unit": "cm", "min": 0}, len(fb.metadata), list(fb.metadata))
try:
    fa.metadata["unit"] = "m"
except TypeError as e:
    print(type(e).__name__)


# slots=True builds a new class with __slots__.
@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 5


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 3
except AttributeError as e:
    print(type(e).__name__)


@dataclass(slots=True, frozen=True)
class FrozenSlotted:
    a: int


print(FrozenSlotted(2), {FrozenSlotted(2): "found"}[FrozenSlotted(2)])


# Descriptors as defaults: the class attribute keeps the descriptor.
class Doubled:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 100
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        setattr(obj, self.private, value * 2)


@dataclass
class UsesDescriptor:
    value: int = Doubled()


u = UsesDescriptor()
print(u.value, UsesDescriptor(4).value, type(UsesDescriptor.__dict__["value"]).__name__)

# field() defaults are forwarded to __set_name__ of the default.
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)


@dataclass
class HasNamed:
    n: object = field(default=Named())


print(isinstance(HasNamed().n, Named))

# Docstrings are generated only when the class has none.
@dataclass
class Documented:
    """My own docstring."""
    a: int


print(Documented.__doc__)


# slots=True subclasses of slotted dataclasses only add their own slots.
@dataclass(slots=True)
class Slotted3(Slotted):
    z: int = 0


s3 = Slotted3(1, 2, 3)
print(s3, Slotted3.__slots__, Slotted3.__qualname__, isinstance(s3, Slotted))


class Holder:
    @dataclass(slots=True)
    class InnerSlotted:
        v: int = 0


print(Holder.InnerSlotted(), Holder.InnerSlotted.__qualname__)
