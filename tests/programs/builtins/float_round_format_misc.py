for v in [123456.0, 1.0, 0.0, 1e-5, 123.456, 1e20, 1234567.0, 0.5]:
    print(format(v, '#g'), format(v, '#.3g'), format(v, '#.0f'), format(v, '#.0e'), '%#g' % v, format(v, '#'))
print(round(1.2123144340699653e+17, -1), round(1e300, -300), round(123456789.123, -3), round(2.5e16, -1), round(-1.5e20, -2))
print(round(1234.5678, 2), round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1e22, -21), round(12345, -2), round(-12355, -1))
import math
print(math.sumprod([1, 2, 3], [4, 5, 6]) if hasattr(math, 'sumprod') else 'no sumprod')
import operator
print(operator.length_hint(iter([1, 2, 3])), operator.length_hint([1, 2]), operator.length_hint(iter(range(5))), operator.length_hint(object(), 7))
print(math.sumprod([0.1] * 10, [0.1] * 10), math.sumprod([1.5, 2], [3, 4.25]), math.sumprod([True, 2], [3, 4]), math.sumprod([], []))
from fractions import Fraction
print(math.sumprod([Fraction(1, 3), 1], [3, Fraction(1, 2)]))
try:
    math.sumprod([1], [1, 2])
except ValueError as e:
    print(e)
print(list(reversed([1, 2, 3])).__len__(), iter('héllo').__length_hint__(), iter({1: 2, 3: 4}).__length_hint__(), iter(range(10, 0, -3)).__length_hint__())
