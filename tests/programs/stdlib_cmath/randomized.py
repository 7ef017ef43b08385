import cmath, random
rng = random.Random(7)
fs = ['exp','log','log10','sqrt','acos','acosh','asin','asinh','atan','atanh','cos','cosh','sin','sinh','tan','tanh','phase','polar']
out = []
for k in range(3000):
    scale = rng.choice([1e-310, 1e-200, 1e-8, 0.5, 1, 1.0000001, 3, 100, 1e10, 1e160, 1e300, 1.7e308])
    z = complex(rng.uniform(-1, 1) * scale, rng.uniform(-1, 1) * rng.choice([scale, 1, 0]))
    for f in fs:
        try: r = getattr(cmath, f)(z)
        except Exception as e: r = type(e).__name__
        out.append(repr(r))
    try: out.append(repr(cmath.log(z, complex(rng.uniform(0, 5), rng.uniform(-1, 1)))))
    except Exception as e: out.append(type(e).__name__)
    out.append(repr(cmath.rect(abs(z.real), z.imag)) if abs(z.imag) < 1e6 else '')
    out.append(repr(cmath.isclose(z, z * (1 + 1e-9), rel_tol=1e-9)))
print(len(out)); print('\n'.join(out))
