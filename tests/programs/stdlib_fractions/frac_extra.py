# Extra Fraction checks: formatting corner cases, parsing and mixed arithmetic.
from fractions import Fraction as F
import math

for v in [F(1, 7), F(-1, 7), F(123456789, 1000), F(-1, 10 ** 8), F(999, 1000), F(5, 1)]:
    print([format(v, s) for s in ['.3e', '.0e', 'g', '.2g', '#.2g', '.10g', '+.1%', '>+12.4f',
                                  '^15,.2f', '_.3f', '012.2e', 'z.0f', '.15g', 'E', '#.0%']])
print(format(F(-1, 1000), '.2f'), format(F(-1, 1000), 'z.2f'), format(F(1, 2), '.0f'), format(F(3, 2), '.0f'))
print(F(' 1_2.5_0e-1_0 '), F('-0.000'), F('+7/21'), F('12e3'))
print(F(1, 3) ** 3, F(-2, 3) ** -3, F(3) ** F(1, 1), F(8) ** F(1, 3))
print(divmod(F(7, 2), F(1, 3)), F(-7, 2) // F(1, 3), F(-7, 2) % F(1, 3), 5 % F(3, 2), 5.5 // F(1, 2))
print(round(F(5, 2)), round(F(-5, 2)), round(F(15, 10), 0), round(F(-1, 20), 1), round(F(123, 1), -1))
print(F(10, 4).limit_denominator(1), F(-355, 113).limit_denominator(10), F(1, 3).limit_denominator(3))
print(hash(F(-1)), hash(F(1, 2 ** 61 - 1)), hash(F(-7, 3)), F(1, 3) == complex(1 / 3, 0))
print(math.floor(F(-7, 3)), math.ceil(F(-7, 3)), int(F(-7, 3)), float(F(-7, 3)), complex(F(1, 4)))
print(F(1, 2) < 0.6, F(1, 2) > float('-inf'), F(3) == 3.0, F(1, 3) < F(1, 2) <= 0.5)
print(F(2, 4).as_integer_ratio(), F(6, 3).is_integer(), F(3, 4).conjugate(), F(3, 4).real)
