# Defining enums, members, lookup, iteration, aliases, repr/str/format.
from enum import Enum, EnumMeta, EnumType


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias of RED


print(repr(Color.RED), str(Color.RED), format(Color.RED), f"[{Color.GREEN}]", f"{Color.BLUE:>12}|", f"{Color.RED!r}")
print(Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
print(type(Color.RED) is Color, isinstance(Color.RED, Enum), type(Color) is EnumType, EnumMeta is EnumType)
print(repr(Color), str(Color), Color.__name__, len(Color))
print(list(Color))
print(list(reversed(Color)))
print(list(Color.__members__), type(Color.__members__).__name__)
print(Color.__members__["CRIMSON"], Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(Color._member_names_, list(Color._member_map_), Color._value2member_map_)
print(Color(2), Color["BLUE"], Color(Color.RED), getattr(Color, "GREEN"))
print(Color.RED in Color, 1 in Color, 4 in Color, "RED" in Color)
print(Color.RED == Color.RED, Color.RED == Color.CRIMSON, Color.RED != Color.BLUE, Color.RED == 1)
print(Color.RED is Color(1) is Color["RED"] is Color["CRIMSON"])
print(bool(Color), bool(Color.RED), Color.RED.__class__.__name__)
print(sorted(Color, key=lambda c: -c.value))
print({Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON])
print([m.name for m in Color], [m.value for m in Color])
print(Color.RED.__objclass__, Color.RED._sort_order_, Color.BLUE._sort_order_)


# Values can be any objects.
class Mixed(Enum):
    TEXT = "text"
    PAIR = (1, 2)
    NOTHING = None
    NUMBER = 2.5


print(list(Mixed))
print(Mixed((1, 2)), Mixed(None), Mixed("text"), Mixed(2.5))


# Unhashable values are allowed; lookup falls back to a scan.
class Lists(Enum):
    A = [1]
    B = [2]
    C = [1]


print(list(Lists), Lists([2]), Lists.C is Lists.A, Lists.A in Lists)
print(Lists._unhashable_values_)


# Nested enums use the qualified name in error messages but not in repr.
class Outer:
    class Inner(Enum):
        X = 1


print(repr(Outer.Inner.X), Outer.Inner.__qualname__)
try:
    Outer.Inner(5)
except ValueError as e:
    print(e)

# An empty enum can be subclassed.
class Base(Enum):
    def describe(self):
        return f"{self.name}={self.value}"


class Child(Base):
    ONE = 1
    TWO = 2


print(list(Base), list(Child), Child.TWO.describe(), isinstance(Child.ONE, Base), Child.__mro__)

# Enum classes support len() and iteration in comprehensions and unpacking.
first, second, third = Color
print(first, second, third, dict((c.name, c.value) for c in Color))
print(Color.__module__, Color.__qualname__)
