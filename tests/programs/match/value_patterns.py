import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
class Consts:
    LIMIT = 10
    NAME = 'const'
def paint(c):
    match c:
        case Color.RED:
            return 'warm'
        case Color.GREEN | Color.BLUE:
            return 'cool'
print(paint(Color.RED), paint(Color.BLUE), paint(2))
def check(v):
    match v:
        case Consts.LIMIT:
            return 'at limit'
        case Consts.NAME:
            return 'named'
        case _:
            return 'other'
print(check(10), check('const'), check(10.0), check(11))
import math
match math.pi:
    case math.pi:
        print('dotted module constant')
class AlwaysEq:
    def __eq__(self, other):
        print('__eq__ called with', other)
        return True
class Holder:
    V = AlwaysEq()
match 'anything':
    case Holder.V:
        print('value patterns compare with ==')
