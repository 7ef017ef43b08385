# Arithmetic operators, comparisons, hashing, special values and misc methods.
from decimal import *
from fractions import Fraction
import math

a, b = Decimal('7.5'), Decimal('-2')
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, +b, abs(b), a ** 2, b ** 3, b ** -2)
print(divmod(a, b), divmod(Decimal(-7), Decimal(2)), Decimal(-7) // 2, Decimal(-7) % 2, 7 % Decimal(-3))
print(1 + a, 10 - a, 3 * a, 1 / Decimal(8), 2 ** Decimal(10), Decimal(2) ** Decimal('10.0'))
print(Decimal('1.0') ** 3, Decimal('1.5') ** -1, Decimal(0) ** 5, Decimal(0) ** -1, Decimal('-0') ** 3)
print(Decimal('inf') + 1, Decimal('-inf') * -2, Decimal(5) / Decimal('inf'), Decimal('inf') ** -1, Decimal('nan') + 1)
print(Decimal('0.1') + Decimal('0.2'), Decimal('1e-30') + 1, Decimal('123456789012345678901234567890') + 1)
print(Decimal('-0') + Decimal('0'), Decimal('-0') - Decimal('0'), Decimal(1) - Decimal(1), Decimal('-0') * 5)
print(a == 7.5, a == Fraction(15, 2), a > 7, a < 8.0, b <= -2, Decimal(1) == 1.0, Decimal('0.1') == 0.1, Decimal('0.5') != 0.5)
print(Decimal('nan') == Decimal('nan'), Decimal('nan') != Decimal('nan'), Decimal(3) == 3 + 0j, Decimal(2) < Fraction(7, 3))
print(sorted([Decimal('2.5'), 1, Decimal('-3'), 2.25, Fraction(1, 3)]))
print(hash(Decimal('2.5')) == hash(2.5), hash(Decimal(10)) == hash(10), hash(Decimal('1.1')) == hash(Fraction(11, 10)), hash(Decimal('-5e3')) == hash(-5000))
print(len({Decimal('1'), Decimal('1.0'), Decimal('1.00'), 1, 1.0}))
print(int(a), int(b), float(a), math.floor(Decimal('-2.5')), math.ceil(Decimal('2.1')), math.trunc(Decimal('-2.9')), bool(Decimal(0)), bool(Decimal('0.01')))
print(a.as_tuple(), a.as_integer_ratio(), Decimal('-0.0625').as_integer_ratio(), a.adjusted(), Decimal('0.001').adjusted())
print(a.compare(b), b.compare(a), a.compare(Decimal('7.50')), Decimal('nan').compare(1), a.compare_total(Decimal('7.50')))
print(a.max(b), a.min(b), Decimal(1).max(Decimal('nan')), a.max_mag(Decimal(-10)), a.min_mag(Decimal(-10)))
print(a.copy_abs(), b.copy_abs(), a.copy_negate(), a.copy_sign(b), a.fma(2, 1), Decimal(2).fma(3, Decimal('0.5')))
print(a.is_finite(), a.is_infinite(), a.is_nan(), a.is_zero(), b.is_signed(), a.is_normal(), Decimal('1e-999999').is_subnormal(), Decimal('1e-1000000').is_subnormal())
print(Decimal('snan').is_snan(), Decimal('nan').is_qnan(), a.is_canonical(), a.number_class(), Decimal('-0').number_class(), Decimal('-1e-1000000').number_class())
print(Decimal(16).sqrt(), Decimal(2).sqrt(), Decimal('0.0004').sqrt(), Decimal('1.21').sqrt(), Decimal('1e-7').sqrt(), Decimal('0.00').sqrt())
print(Decimal('120.00').normalize(), Decimal('0E+5').normalize(), Decimal(1000).logb(), Decimal('7.5').scaleb(2), Decimal(123).same_quantum(Decimal(1)))
print(Decimal(10).remainder_near(3), Decimal(10).remainder_near(6), Decimal('1.0').next_plus(), Decimal(1).next_minus(), Decimal(1).next_toward(2))
print(Decimal('1101').logical_and(Decimal('1011')), Decimal('1100').logical_or(Decimal('1010')), Decimal('110').logical_xor(Decimal('11')), Decimal(123).shift(2), Decimal(12345).rotate(-2))
print(Decimal('1.5').to_integral_value(), Decimal('2.5').to_integral(), Decimal('-1.5').to_integral_exact(ROUND_FLOOR))
print(Decimal(1).exp(), Decimal(10).ln(), Decimal(1000).log10(), Decimal('0.5').log10(), Decimal(2) ** Decimal('0.5'), Decimal(-1).exp())
print(Decimal(3).radix(), Decimal('1.23').real, Decimal('1.23').imag, Decimal(5).conjugate(), complex(Decimal('2.5')))
x = Decimal('1.23')
print(x is Decimal(x), Decimal(x) == x, type(Decimal(x)).__name__)
class MyDec(Decimal):
    pass
m = MyDec('3.5')
print(type(m).__name__, m + 1, type(m + 1).__name__, isinstance(m, Decimal))
print(Decimal.from_float(1.1), MyDec.from_float(0.5), type(MyDec.from_float(0.5)).__name__)
