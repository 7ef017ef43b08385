# auto() and _generate_next_value_.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto


class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print(list(Ordinal))


class Low(Enum):
    A = 3
    B = 5
    C = auto()


print(list(Low))


class Name(StrEnum):
    NORTH = auto()
    South = auto()
    EAST_WEST = auto()


print(list(Name), [str(n) for n in Name])


class Bits(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B


print(list(Bits), Bits.AB, Bits.C.value)


class Perms(IntFlag):
    X = auto()
    W = auto()
    R = auto()


print(list(Perms), [int(p) for p in Perms])


class Levels(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()


print(list(Levels), Levels.HIGH + 0)


class Custom(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{name.lower()}-{count}-{len(last_values)}"

    ALPHA = auto()
    BETA = auto()
    GAMMA = "fixed"
    DELTA = auto()


print(list(Custom))


class Counted(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return (count + 1) * 100

    A = auto()
    B = auto()


print(list(Counted))


# auto() inside a tuple value.
class Planet(Enum):
    MERCURY = (auto(), "small")
    VENUS = (auto(), "hot")

    def __init__(self, number, note):
        self.number = number
        self.note = note


print(list(Planet), Planet.VENUS.number, Planet.VENUS.note)

# An explicit value given to auto.
class Given(Enum):
    A = auto(42)
    B = auto()


print(list(Given))

print(repr(auto()), repr(auto(5)))

# auto values as aliases.
class Al(Enum):
    A = 1
    B = auto()
    C = 2


print(list(Al), Al.C is Al.B, list(Al.__members__))
