import cmath
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
for z in [1, 1+0j, 1-1e-20j, -1.5, 2j, -2j, 0.5+1e-300j, 1e-300+1j, 3+4j, -1e-320j]:
    for f in ['atan', 'acos', 'asin', 'sqrt', 'log', 'exp', 'tan', 'phase', 'polar']:
        print(f, z, getattr(cmath, f)(z))
print(cmath.sqrt(-1), cmath.sqrt(complex(-1, -0.0)), cmath.exp(1j * cmath.pi), cmath.log(8, 2), cmath.log10(1000), cmath.log(-1))
print(cmath.rect(2, cmath.pi / 2), cmath.polar(-1), cmath.phase(complex(-1.0, -0.0)))
print(cmath.isclose(1, 1.0000000001), cmath.isclose(1j, 1.0000001j, abs_tol=1e-6), cmath.isclose(1, 1.1, rel_tol=0.2))
print(cmath.isinf(complex(1, float('inf'))), cmath.isnan(3), cmath.isfinite(1e308j), cmath.isclose(cmath.inf, cmath.inf))
class C:
    def __complex__(self): return 2+2j
class F:
    def __float__(self): return 0.25
class I:
    def __index__(self): return 4
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.exp(True))
