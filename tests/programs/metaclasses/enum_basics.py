import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'])
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.RED in Color)
print([m.name for m in Color], list(Color.__members__))
try:
    Color(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Color).__name__, isinstance(Color.RED, Color), Color.RED == 1, hash(Color.RED) == hash(Color.RED))
class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2
print(Level.LOW < Level.HIGH, Level.HIGH + 1, sorted([Level.HIGH, Level.LOW]), Level(1))
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print(Auto.A.value, Auto.B.value)
class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, list(rw), Perm(7))
class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
class S(enum.StrEnum):
    A = 'alpha'
print(S.A, S.A.upper(), S.A == 'alpha', f'{S.A}')
