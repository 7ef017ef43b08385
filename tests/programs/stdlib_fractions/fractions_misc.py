# Rounding, limit_denominator, conversions and copying.
import copy
import math
from fractions import Fraction as F

for v in [F(5, 2), F(7, 2), F(-5, 2), F(-7, 2), F(1, 3), F(-1, 3), F(11, 4), F(-11, 4), F(4)]:
    print(repr(v), math.floor(v), math.ceil(v), math.trunc(v), round(v), int(v), float(v),
          v.is_integer(), v.as_integer_ratio())
print(round(F(12345, 100), 1), round(F(12345, 100), -2), round(F(1, 3), 0), round(F(25, 100), 1),
      round(F(35, 100), 1), round(F(-12345, 1000), 2), type(round(F(1, 3), 2)).__name__)
pi = F(3.141592653589793)
for m in [1, 5, 10, 100, 113, 1000, 10 ** 6]:
    print(m, pi.limit_denominator(m))
print(F(-7, 12).limit_denominator(5), F(5, 8).limit_denominator(3), F(1, 2).limit_denominator(2))
print(F('3.1415926535897932').limit_denominator(100), F(0.1).limit_denominator())
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print(type(e).__name__, e)
f = F(2, 3)
print(f.real, f.imag, f.conjugate(), complex(f.real) == 2 / 3)
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.copy(f) == f)
print(F(10 ** 40 + 1, 10 ** 40))
print(F(1, 3).numerator, F(6, -4).denominator, F(-6, 4).numerator)
try:
    F(1, 2).numerator = 5
except AttributeError as e:
    print(type(e).__name__)
print(math.isclose(float(F(1, 3)), 1 / 3), float(F(10 ** 400, 10 ** 399)), float(F(1, 10 ** 400)))
print(F(1, 3).__round__(), F(7, 3).__floor__(), F(7, 3).__ceil__())
print([str(F(n, 12)) for n in range(-3, 4)])
