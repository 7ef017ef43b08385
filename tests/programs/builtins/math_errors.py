import math
cases = [('sqrt', (-1,)), ('log', (0,)), ('log', (-1,)), ('log10', (0,)), ('log2', (-2,)), ('acos', (2,)), ('asin', (-2,)), ('exp', (1000,)), ('exp', (-1000,)), ('cosh', (1000,)), ('sinh', (-1000,)), ('tanh', (1000,)),
         ('pow', (10.0, 400)), ('pow', (0.0, -1)), ('pow', (-8, 1/3)), ('pow', (2, 0.5)), ('ldexp', (1.0, 5000)), ('fmod', (1, 0)), ('fmod', (float('inf'), 2)), ('atan2', (0, 0)),
         ('sqrt', (float('inf'),)), ('exp', (float('inf'),)), ('log', (float('inf'),)), ('tan', (float('inf'),)), ('sin', (float('inf'),)), ('cos', (float('nan'),)), ('log', (8, 2)), ('log', (1, 1)), ('log', (2, 0)),
         ('hypot', (1e308, 1e308)), ('fsum', ([1e308, 1e308],)), ('exp2', (2000,)), ('cbrt', (-27,)), ('expm1', (1000,)), ('log1p', (-1,)), ('copysign', (1, -0.0)), ('factorial', (-1,)), ('factorial', (2.0,)),
         ('isqrt', (-1,)), ('comb', (5, -1)), ('perm', (3, 5)), ('prod', ([1, 2, 3],)), ('dist', ((0, 0), (3, 4))), ('nextafter', (1.0, 2.0)), ('ulp', (1.0,)), ('trunc', (float('inf'),)), ('floor', (float('nan'),))]
for name, args in cases:
    f = getattr(math, name, None)
    if f is None:
        print(name, 'missing'); continue
    try:
        print(name, args, f(*args))
    except Exception as e:
        print(name, args, type(e).__name__, e)
