import math
print(math.lcm(4, 6), math.lcm(), math.comb(10, 3), math.perm(5, 2), math.perm(4), math.prod([1, 2, 3, 4]), math.prod([1.5, 2], start=2))
print(math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4), math.modf(3.75), math.modf(-2.5))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.dist((0, 0), (3, 4)), math.asinh(1), math.acosh(2), math.atanh(0.5), math.expm1(1e-10), math.log1p(1e-10))
print(math.cbrt(8), math.exp2(10), math.remainder(10, 3), math.remainder(5, 2), math.nextafter(1.0, 2.0), math.ulp(1.0))
for f in (lambda: math.comb(-1, 2), lambda: math.acosh(0), lambda: math.ldexp(1.0, 5000)):
    try: f()
    except Exception as e: print(type(e).__name__, e)
