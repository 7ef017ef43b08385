class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'R({self.v})'
    def __radd__(self, o):
        return R(o + self.v)
    def __rsub__(self, o):
        return R(o - self.v)
    def __rtruediv__(self, o):
        return R(o / self.v)
    def __rpow__(self, o):
        return R(o ** self.v)
    def __rlshift__(self, o):
        return R(o << self.v)
    def __rand__(self, o):
        return R(o & self.v)
    def __rmod__(self, o):
        return R(o % self.v)
    def __rfloordiv__(self, o):
        return R(o // self.v)
    def __rmatmul__(self, o):
        return 'rmatmul'
print(1 + R(2), 10 - R(3), 1 / R(4), 2 ** R(3), 1 << R(4), 6 & R(3), 7 % R(4), 7 // R(2), [1] @ R(0))
print(sum([R(1)], 10))
class Base:
    def __add__(self, o):
        return 'Base.__add__'
    def __radd__(self, o):
        return 'Base.__radd__'
class Derived(Base):
    def __radd__(self, o):
        return 'Derived.__radd__'
print(Base() + Derived())
print(Derived() + Base())
class Both:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    Both() + Both()
except TypeError as e:
    print(type(e).__name__, e)
