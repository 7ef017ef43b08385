# Flag: combination, iteration, containment, inversion, boundaries.
from enum import Flag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
import enum


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


rw = Perm.R | Perm.W
print(repr(rw), str(rw), format(rw), rw.name, rw.value, type(rw).__name__)
print(repr(Perm(0)), str(Perm(0)), Perm(0).name, bool(Perm(0)), bool(Perm.X))
print(repr(Perm.RWX), list(Perm), list(Perm.RWX), list(rw), len(Perm.RWX), len(rw), len(Perm(0)))
print(Perm._member_names_, list(Perm.__members__), len(Perm))
print(repr(~Perm.R), repr(~Perm.RWX), repr(~Perm(0)), repr(Perm.R ^ Perm.RWX), repr(Perm.RWX & Perm.W))
print(Perm.R in rw, Perm.X in rw, rw in Perm.RWX, Perm.RWX in rw, Perm(0) in rw)
print(Perm(6) is rw, Perm(7) is Perm.RWX, Perm.R | Perm.W | Perm.X is Perm.RWX)
print(repr(Perm.R | Perm.R), repr(Perm.R & Perm.W), Perm.R | Perm.W == Perm(6))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(repr(Color.RED | Color.BLUE), repr(Color(3)), list(Color(5)), list(Color.WHITE), repr(~Color.RED))
print(Color._flag_mask_, Color._all_bits_, Color._boundary_, Color(7) is Color.WHITE)


class WithZero(Flag):
    NONE = 0
    A = 1
    B = 2
    AB = 3


print(list(WithZero), repr(WithZero(0)), repr(WithZero.A | WithZero.B), list(WithZero.NONE), repr(~WithZero.NONE), repr(~WithZero.AB))
print(WithZero.__members__)

try:
    Perm(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Perm("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    Perm.R | 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in Perm.R
except TypeError as e:
    print(type(e).__name__, e)
print(repr(Perm(-1)), repr(Perm(-2)))


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


try:
    Strict(7)
except ValueError as e:
    print(e)
print(repr(Conform(7)), repr(Conform(4)), repr(~Conform.A))
print(repr(Eject(7)), type(Eject(7)).__name__, repr(Eject(3)), repr(~Eject.A))
print(repr(Keep(7)), str(Keep(9)), Keep(9).name, list(Keep(9)), len(Keep(9)), repr(Keep(8)), repr(~Keep.A), repr(~Keep(9)))
print(Strict._boundary_, Keep._boundary_, list(FlagBoundary), enum.show_flag_values(13))


# Definition order decides how combined names are spelled.
class Ordered(Flag):
    C = 4
    A = 1
    B = 2


print(repr(Ordered(7)), list(Ordered), list(Ordered(3)))


# Methods on flags.
class Style(Flag):
    BOLD = auto()
    ITALIC = auto()
    UNDERLINE = auto()

    def tags(self):
        return [m.name.lower() for m in self]

    @classmethod
    def parse(cls, text):
        result = cls(0)
        for part in text.split(","):
            result |= cls[part.strip().upper()]
        return result


s = Style.parse("bold, underline")
print(repr(s), s.tags(), Style.ITALIC in s, bool(s & Style.ITALIC))
print(repr(Style(0) | Style.BOLD), Style.BOLD | Style.ITALIC == Style(3))
print(hash(Style.BOLD) == hash(Style.BOLD), {Style.BOLD: 1, s: 2}[Style.BOLD | Style.UNDERLINE])
