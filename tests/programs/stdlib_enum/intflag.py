# IntFlag: flags that are also ints.
from enum import IntFlag, Flag, auto, STRICT, KEEP


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), str(rw), format(rw), f"{rw:03b}", rw == 6, rw + 1, type(rw + 1).__name__, isinstance(rw, int))
print(repr(Perm.R | 1), repr(1 | Perm.R), repr(Perm.R & 6), repr(Perm.R ^ 5), repr(5 ^ Perm.R), repr(Perm.R & Perm.W))
print(repr(Perm(9)), repr(Perm(0)), str(Perm(0)), repr(Perm(16)), Perm(16).name, repr(Perm.R | 8), repr(Perm(100)))
print(repr(~Perm.R), repr(~rw), repr(~Perm(0)), repr(Perm(-1)), repr(Perm(-8)), repr(Perm(-9)), repr(~Perm(100)))
print(list(Perm), list(rw), len(rw), Perm.R in rw, Perm.X in rw)
print(Perm._boundary_, Perm(6) is rw, Perm.R * 2, Perm.W << 1, -Perm.X, Perm.R > Perm.W)
print(sorted(Perm), sum(Perm), int(rw), "%d|%s|%x" % (rw, rw, rw))


class Options(IntFlag):
    NONE = 0
    VERBOSE = auto()
    DEBUG = auto()
    TRACE = auto()
    ALL = VERBOSE | DEBUG | TRACE


opts = Options.VERBOSE | Options.TRACE
print(repr(opts), repr(Options.ALL), repr(Options.NONE), list(Options), list(Options.__members__))
print(bool(Options.NONE), bool(opts), Options.DEBUG in opts, opts & Options.DEBUG == 0)
print(repr(Options.ALL & ~Options.DEBUG), repr(Options(5)), Options(5) is opts)


class StrictInt(IntFlag, boundary=STRICT):
    A = 1
    B = 2


try:
    StrictInt(4)
except ValueError as e:
    print(e)
print(repr(StrictInt(3)))


# Plain Flag does not accept ints in operations; IntFlag does.
class Plain(Flag):
    A = 1


print(repr(Perm.R | True), repr(True | Perm.R))
try:
    Plain.A | 1
except TypeError as e:
    print(type(e).__name__, e)
