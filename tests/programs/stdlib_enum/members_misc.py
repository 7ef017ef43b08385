# Introspection of enum classes and members: hash, dir, __dict__, vars.
from enum import Enum, IntEnum, Flag


class Color(Enum):
    RED = 1
    GREEN = 2
    ALIAS = 1

    def describe(self):
        return self.name.lower()

    @property
    def upper_name(self):
        return self.name.upper()


print(hash(Color.RED) == hash("RED"), hash(Color.ALIAS) == hash(Color.RED))
print(dir(Color))
print(dir(Color.RED))
print(Color.RED.__dict__)
print(vars(Color.GREEN))
print(sorted(k for k in Color.__dict__ if not k.startswith("__")))


class Num(IntEnum):
    ONE = 1


print(hash(Num.ONE) == hash(1), "bit_length" in dir(Num), "bit_length" in dir(Num.ONE), "ONE" in dir(Num))
print(Num.ONE.__dict__)


class Perm(Flag):
    R = 4
    W = 2


print(dir(Perm.R))
print(sorted(k for k in Perm.__dict__ if not k.startswith("__")))
print(Enum.__signature__(), Color.__signature__())
