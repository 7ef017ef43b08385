# Virtual subclasses and user-defined numbers mixing with Fraction's operators.
import numbers
from fractions import Fraction


class Meters:
    """Registered as a Real; converts to float for mixed arithmetic."""

    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)

    def __repr__(self):
        return 'Meters(%r)' % self.v


numbers.Real.register(Meters)


class Count:
    """Registered as Integral; exposes numerator/denominator."""

    def __init__(self, n):
        self.n = n

    numerator = property(lambda self: self.n)
    denominator = property(lambda self: 1)

    def __repr__(self):
        return 'Count(%d)' % self.n


numbers.Integral.register(Count)

half = Fraction(1, 2)
print(isinstance(Meters(1), numbers.Real), isinstance(Meters(1), numbers.Rational))
print(isinstance(Count(1), numbers.Rational), issubclass(Count, numbers.Complex))
# Fraction's reflected operators: Rationals stay exact, other Reals go through float.
print(Count(3) + half, Count(3) - half, Count(3) * half, Count(3) / half, Count(7) // half,
      Count(7) % Fraction(2, 3))
print(Meters(3) + half, Meters(3) - half, Meters(3) * half, Meters(3) / half)
print(Fraction(Count(5)), Fraction(Count(6), Count(4)), half == Count(0), Fraction(4, 2) == Count(2))
print(half < Count(1), half > Count(0), half <= Count(0))
for bad in (Meters(1), 'x'):
    try:
        print(half + bad if isinstance(bad, str) else Fraction(bad))
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([Fraction(3, 2), 1, 0.25, True, Fraction(-1, 3)]))
print([isinstance(x, numbers.Rational) for x in (1, 1.0, Fraction(1), True, 1j)])
