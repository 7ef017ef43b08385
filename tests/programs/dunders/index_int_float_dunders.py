class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
print([10, 20, 30][i], 'abcdef'[Idx(1):Idx(4)], range(10)[i], hex(Idx(255)), bin(i), oct(Idx(8)))
print(operator_index := __import__('operator').index(i), [0] * Idx(3), int(i))
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 7.5
    def __complex__(self):
        return 1 + 2j
    def __round__(self, n=None):
        return f'round({n})'
    def __trunc__(self):
        return 3
    def __floor__(self):
        return 'floor'
    def __ceil__(self):
        return 'ceil'
n = Num()
import math
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
try:
    [1, 2][Num()]
except TypeError as e:
    print(type(e).__name__, e)
