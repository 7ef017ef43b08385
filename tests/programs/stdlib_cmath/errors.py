import cmath
checks = [lambda: cmath.log(2, 1), lambda: cmath.log(0j), lambda: cmath.log10(0), lambda: cmath.atanh(1), lambda: cmath.atanh(-1),
          lambda: cmath.exp(1000), lambda: cmath.cosh(1000), lambda: cmath.sinh(-1000+1j), lambda: cmath.cos(1000j),
          lambda: cmath.polar(complex(1e308, 1e308)), lambda: cmath.polar(complex(1.7e308, 1.7e308)),
          lambda: cmath.sqrt('x'), lambda: cmath.sqrt(10**400), lambda: cmath.log(1, 0), lambda: cmath.log(0, 2),
          lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.isclose(1, 'a'), lambda: cmath.phase('a'),
          lambda: cmath.rect(1, 'a'), lambda: cmath.rect(1j, 0), lambda: cmath.sqrt(None), lambda: cmath.log(1j, 'x'),
          lambda: cmath.rect(1, float('inf')), lambda: cmath.exp(complex(0, float('inf'))), lambda: cmath.tanh(1e6), lambda: cmath.tan(1e6j)]
for f in checks:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
