# Members with methods and properties, custom __new__/__init__, _missing_,
# _ignore_, member/nonmember, the functional API, __init_subclass__.
import copy
import enum
from enum import Enum, IntEnum, Flag, StrEnum, member, nonmember, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

    def describe(self):
        return f"{self.name}: {self.mass:.3e} kg"

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

    @staticmethod
    def units():
        return "SI"


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2), Planet.EARTH.describe())
print(Planet.heaviest(), Planet.units(), Planet((3.303e23, 2.4397e6)), repr(Planet.MERCURY))


class Coord(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    X = (0, "the x axis")
    Y = (1, "the y axis")


print(repr(Coord.Y), Coord.Y.label, Coord(0), Coord.X.value)


class AutoNumber(Enum):
    def __new__(cls, *args):
        obj = object.__new__(cls)
        obj._value_ = len(cls.__members__) + 1
        return obj

    RED = ()
    GREEN = ()
    BLUE = ()


print(list(AutoNumber))


class Code(IntEnum):
    def __new__(cls, value, phrase):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.phrase = phrase
        return obj

    OK = (200, "Fine")
    NOT_FOUND = (404, "Missing")


print(repr(Code.NOT_FOUND), Code(404).phrase, Code.OK + 1, Code.OK == 200)


class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower():
                    return m
        return None


print(Shape("square"), Shape("Circle"), Shape(2))
try:
    Shape("triangle")
except ValueError as e:
    print(e)


class Weekday(Enum):
    _ignore_ = "day_names i day"
    day_names = ["MON", "TUE", "WED"]
    for i, day in enumerate(day_names):
        vars()[day] = i + 1


print(list(Weekday), hasattr(Weekday, "day_names"), hasattr(Weekday, "i"), Weekday.day if hasattr(Weekday, "day") else None)


class Special(Enum):
    A = 1
    helper = nonmember(10)
    func = member(lambda: "called")
    _private_like = 4

    def method(self):
        return "method"


print([m.name for m in Special], Special.helper, Special.func.value(), Special._private_like, Special.A.method())


# Members named like Enum attributes.
class Attrs(Enum):
    name = "n"
    value = "v"


print(Attrs.name, Attrs.name.name, Attrs.name.value, Attrs.value.value, Attrs.value.name, list(Attrs))


# Member-to-member access through an instance.
print(Shape.SQUARE.CIRCLE)


# __init_subclass__ sees the members.
class Registered(Enum):
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        print("init_subclass", cls.__name__, [m.name for m in cls])


class Fruit(Registered):
    APPLE = 1
    PEAR = 2


# The functional API.
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal.__name__, repr(Animal))
print(list(Enum("A", "x, y ,z")), list(Enum("B", ["p", "q"], start=10)))
print(list(Enum("C", [("a", 5), ("b", 6)])), list(Enum("D", {"m": "mm", "n": "nn"})))
print(list(IntEnum("E", "one two")), repr(Flag("F", "r w x")(3)), list(StrEnum("G", "alpha beta")))
print(list(Enum("H", "a b", type=int)), Enum("H", "a b", type=int).a + 1)
Q = Enum("Q", "a b", module="mymodule", qualname="Outer.Q")
print(Q.__module__, Q.__qualname__, repr(Q.a))
print(list(Enum("Empty", ())), list(Animal("Sub", "DOG")) if False else "")

# verify()
@verify(UNIQUE, CONTINUOUS)
class Good(Enum):
    A = 1
    B = 2
    C = 3


print(list(Good))
for check, body in ((UNIQUE, {"A": 1, "B": 1}), (CONTINUOUS, {"A": 1, "C": 3, "E": 5})):
    try:
        verify(check)(Enum("V", list(body.items())))
    except ValueError as e:
        print(e)
try:
    @verify(NAMED_FLAGS)
    class NF(Flag):
        A = 1
        AX = 13
        BX = 17
except ValueError as e:
    print(e)
try:
    @verify(CONTINUOUS)
    class CF(Flag):
        A = 1
        C = 4
except ValueError as e:
    print(e)
print(list(enum.EnumCheck), enum.UNIQUE)

# Members are singletons under copy.
print(copy.copy(Planet.EARTH) is Planet.EARTH, copy.deepcopy(Planet.EARTH) is Planet.EARTH)
print(copy.deepcopy({"p": [Planet.EARTH]})["p"][0] is Planet.EARTH)
print(Planet.EARTH.__reduce_ex__(4))
