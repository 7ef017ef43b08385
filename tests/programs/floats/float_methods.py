print((2.5).is_integer(), (3.0).is_integer(), (0.75).as_integer_ratio(), (-0.5).as_integer_ratio())
print((3.7).__trunc__(), (3.7).__floor__(), (3.2).__ceil__(), (-3.7).__round__(), (2.675).__round__(2))
print((1.5).real, (1.5).imag, (1.5).conjugate())
print(float.__name__, isinstance(1.0, float), isinstance(1, float))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(float('inf')))
import math
print(math.isnan(float('nan')), math.isinf(float('-inf')), math.isfinite(1e308), math.copysign(1.0, -0.0))
print(math.sqrt(16), math.pi, math.e, math.floor(3.9), math.fabs(-2), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.inf, math.nan)
print(math.log(math.e), math.log10(1000), math.log2(1024), math.exp(0), math.sin(0), math.cos(0))
print(math.hypot(3, 4), math.atan2(1, 1) * 4, math.degrees(math.pi), math.radians(180))
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    (float('inf')).as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
