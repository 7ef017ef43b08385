# global_enum, pickling helpers, property, show_flag_values, bin, misc reprs
import enum
from enum import Enum, IntEnum, Flag, IntFlag, global_enum, auto
import copy


@global_enum
class Lvl(IntEnum):
    LOW = 1
    HIGH = 2


print(repr(Lvl.LOW), str(Lvl.LOW), LOW is Lvl.LOW)


class Color(Enum):
    RED = 1
    GREEN = 2


print(copy.deepcopy(Color.GREEN) is Color.GREEN, Color.RED.__reduce_ex__(2))
print(enum.bin(5), enum.bin(5, 8), enum.bin(-5), enum.bin(-5, 8), enum.show_flag_values(13))


class Shape(Enum):
    SQUARE = 4
    TRI = 3

    @enum.property
    def sides(self):
        return self.value


print(Shape.TRI.sides, repr(Shape.SQUARE), Shape(3) is Shape.TRI)


class F(IntFlag):
    A = auto()
    B = auto()
    C = auto()


print(repr(F.A | F.C), repr(~F.B), F.A | F.B | F.C == 7, list(F.A | F.C), F(0) in F.A)
print(repr(F(8)), format(F.A | F.B), str(F.C))
print(Color.__members__.keys(), list(reversed(Color)), Color['RED'] in Color)
print(auto().value is not None, enum.EnumMeta is enum.EnumType)
