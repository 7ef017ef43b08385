# Constructing Fractions from ints, pairs, strings, floats and other Fractions.
from fractions import Fraction
import numbers


def show(*args):
    try:
        f = Fraction(*args)
        print(repr(args), '->', repr(f), str(f), f.numerator, f.denominator)
    except Exception as e:
        print(repr(args), '->', type(e).__name__, e)


show()
show(7)
show(-7)
show(True)
show(6, 4)
show(6, -4)
show(-6, -4)
show(0, -5)
show(10 ** 30, 10 ** 20)
show(2.5)
show(0.1)
show(-0.0)
show(1e300)
show(Fraction(3, 4))
show(Fraction(1, 2), Fraction(3, 4))
show(Fraction(1, 2), 3)
show(3, True)
for text in ['3/4', ' -3/4 ', '+12', '3 / 4', '1_000/3', '1.5', '-.25', '1.', '1e3', '1E-2',
             '2.5e+2', '1.5e1_0', '  7\n', '0/5', '-0']:
    show(text)
# invalid literals
for text in ['', ' ', '.', '-', '1/-2', '1.5/2', '1/2e3', '1__0', '_1', '1_', 'inf',
             'nan', '0x10', '1/', '/2', '1e', '1.2.3', '3/0']:
    show(text)
show(1, 0)
show(-3, 0)
show(Fraction(1, 2), 0)
show(float('inf'))
show(1.5, 2)
show('1', 2)
show(1j)
show(None)
show(b'12')
show([1])

print(isinstance(Fraction(1, 3), numbers.Rational), isinstance(Fraction(1, 3), numbers.Integral))
print(Fraction.from_float(0.1), Fraction.from_float(3), Fraction.from_float(-2.75))
for bad in ['1', Fraction(1, 2), None]:
    try:
        Fraction.from_float(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(Fraction.from_decimal(3))
try:
    Fraction.from_decimal(1.5)
except TypeError as e:
    print(type(e).__name__, e)


class MyFrac(Fraction):
    pass


m = MyFrac(3, 6)
print(repr(m), type(m).__name__, type(m + 1).__name__, type(-m).__name__, type(MyFrac.from_float(0.5)).__name__)
print(Fraction(m), type(Fraction(m)).__name__)
