# Concrete classes deriving from the ABCs get the mixin methods.
import numbers


class MyInt(numbers.Integral):
    """A minimal integer wrapper implementing every abstract method."""

    def __init__(self, v):
        self.v = int(v)

    def __repr__(self):
        return f'MyInt({self.v})'

    def __int__(self): return self.v
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return MyInt(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    def __rpow__(self, b): return MyInt(int(b) ** self.v)
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return MyInt(int(o) << self.v)
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return MyInt(int(o) >> self.v)
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return MyInt(int(o) & self.v)
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return MyInt(int(o) ^ self.v)
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return MyInt(int(o) | self.v)
    def __invert__(self): return MyInt(~self.v)


a = MyInt(17)
print(a, isinstance(a, numbers.Rational), isinstance(a, numbers.Number))
print(a.numerator, a.denominator, a.real, a.imag, a.conjugate())
print(float(a), a.__complex__(), a.__index__(), [10, 20, 30, 40][MyInt(2)])
print(a - 5, 5 - a, divmod(a, 5), divmod(40, a))
print(bool(MyInt(0)), bool(a))
print(hex(a), bin(MyInt(5)))


class Half:
    """Only numerator/denominator matter for the float() mixin."""
    numerator = 1
    denominator = 2


print(numbers.Rational.__float__(Half()), numbers.Integral.__float__(5))
print(numbers.Real.__divmod__(7.5, 2), numbers.Real.__rdivmod__(2.0, 7))
print(numbers.Complex.__sub__(5, 3), numbers.Complex.__rsub__(5, 3))


class Virtual:
    pass


numbers.Real.register(Virtual)
print(isinstance(Virtual(), numbers.Complex), isinstance(Virtual(), numbers.Rational))
print(issubclass(Virtual, numbers.Number))
