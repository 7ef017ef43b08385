# IntEnum, StrEnum, ReprEnum and enums mixed with other data types.
from enum import Enum, IntEnum, StrEnum, ReprEnum


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(repr(Priority.LOW), str(Priority.LOW), format(Priority.LOW), f"{Priority.MEDIUM}", f"{Priority.HIGH:04d}", f"{Priority.LOW:>3}|")
print(Priority.LOW + 1, Priority.HIGH * 2, Priority.MEDIUM // 2, -Priority.LOW, type(Priority.LOW + 1).__name__)
print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 5, 5 == Priority.MEDIUM, Priority.LOW < 3, sorted([Priority.HIGH, Priority.LOW, 3]))
print(Priority(5), Priority["HIGH"], isinstance(Priority.LOW, int), int(Priority.HIGH), hash(Priority.LOW) == hash(1))
print(list(range(Priority.LOW, 4)), ["a", "b", "c"][Priority.LOW], {1: "one"}[Priority.LOW])
print(max(Priority), min(Priority), sum(Priority), Priority.HIGH.real, Priority.HIGH.bit_length())
print(Priority.LOW.name, Priority.LOW.value, type(Priority.LOW.value).__name__)
print("%d %s %r" % (Priority.HIGH, Priority.HIGH, Priority.HIGH))


class Mode(StrEnum):
    READ = "r"
    WRITE = "w"


print(repr(Mode.READ), str(Mode.READ), format(Mode.READ), f"{Mode.WRITE}", f"[{Mode.READ:>4}]", Mode.READ + "b")
print(Mode.READ == "r", "w" == Mode.WRITE, Mode("w"), Mode.READ.upper(), isinstance(Mode.READ, str), len(Mode.WRITE))
print("".join(Mode), sorted(Mode), "mode=%s" % Mode.READ, Mode.READ in "rw", {"r": 1}[Mode.READ])
print(Mode.READ.name, Mode.READ.value, type(Mode.READ.value).__name__)


# A plain Enum mixed with int: str() and format() are the enum's.
class Number(int, Enum):
    ONE = 1
    TWO = 2


print(repr(Number.ONE), str(Number.ONE), format(Number.ONE), f"{Number.TWO}", f"{Number.TWO:>8}|", Number.ONE + 1)


class Letter(str, Enum):
    A = "a"


print(repr(Letter.A), str(Letter.A), format(Letter.A), f"{Letter.A}", Letter.A == "a", Letter.A.upper())


class Ratio(float, Enum):
    HALF = 0.5
    THIRD = 1 / 3


print(repr(Ratio.HALF), str(Ratio.HALF), Ratio.HALF * 4, round(Ratio.THIRD, 3), Ratio(0.5))


# ReprEnum with float: str and format come from float.
class Const(float, ReprEnum):
    PI = 3.14159
    E = 2.71828


print(repr(Const.PI), str(Const.PI), f"{Const.E:.2f}", Const.PI + 0)


# Tuple mixins get the value tuple as a whole.
class Pair(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)


print(repr(Pair.UNIT), Pair.UNIT[0], len(Pair.ORIGIN), Pair((1, 1)))


# Custom str/format defined in the enum win.
class Custom(IntEnum):
    A = 1

    def __str__(self):
        return f"custom {self.name}"

    def __format__(self, spec):
        return f"formatted {self.value:{spec}}"


print(str(Custom.A), f"{Custom.A:03}", repr(Custom.A))

# Subclasses of IntEnum keep the int str.
class Base(IntEnum):
    pass


class Derived(Base):
    X = 7


print(str(Derived.X), repr(Derived.X), format(Derived.X, "x"))
try:
    class NoData(ReprEnum):
        A = 1
except TypeError as e:
    print(type(e).__name__, e)
print(IntEnum.__mro__, StrEnum.__mro__)
