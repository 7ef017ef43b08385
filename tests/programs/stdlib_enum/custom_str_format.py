from enum import IntEnum, Enum, IntFlag, StrEnum
class E(IntEnum):
    A = 1
    def __str__(self): return "custom-" + self.name
print(f"{E.A}", "{}".format(E.A), format(E.A), f"{E.A:>10}", str(E.A), repr(E.A))
class F(IntEnum):
    B = 2
print(f"{F.B}", f"{F.B:03d}", str(F.B))
class G(int, Enum):
    C = 3
    def __str__(self): return "gee"
print(f"{G.C}", str(G.C))
class H(int, Enum):
    D = 4
print(f"{H.D}", str(H.D))
class S(StrEnum):
    X = 'x'
    def __str__(self): return 'SS'
print(f"{S.X}", str(S.X))
class Color(str, Enum):
    RED = "red"
    def __str__(self):
        return str.__str__(self)
print(str(Color.RED), f"{Color.RED}", str.__str__(Color.RED), int.__repr__(True), int.__repr__(-5))
print(list.__lt__([1], [2]), list.__ge__([2], [1]), list.__eq__([1], [1]), dict.__eq__({}, {}), list.__lt__([1], 3))
from enum import IntEnum, Enum, StrEnum
class G(int, Enum):
    C = 3
    def __str__(self): return "gee"
print(f"{G.C:>5}", f"{G.C:}")
class P(Enum):
    Q = 3
    def __str__(self): return "pee"
print(f"{P.Q:>5}|")
class S(StrEnum):
    X = 'x'
    def __str__(self): return 'SS'
print(f"{S.X:>5}|")
class E(IntEnum):
    A = 1
    def __str__(self): return "custom-" + self.name
print(f"{E.A:d}", format(E.A, ''))
