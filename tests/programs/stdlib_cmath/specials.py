import cmath, math
inf = math.inf; nan = math.nan
vals = [-inf, -2.3, -0.0, 0.0, 2.3, inf, nan]
fs = ['exp','log','log10','sqrt','acos','acosh','asin','asinh','atan','atanh','cos','cosh','sin','sinh','tan','tanh']
def fmt(z):
    return '(%r,%r)' % (z.real, z.imag)
for f in fs:
    fn = getattr(cmath, f)
    for x in vals:
        row = []
        for y in vals:
            try:
                row.append(fmt(fn(complex(x, y))))
            except Exception as e:
                row.append(type(e).__name__)
        print(f, x, ' '.join(row))
for x in vals:
    row = []
    for y in vals:
        try: row.append(fmt(cmath.rect(x, y)))
        except Exception as e: row.append(type(e).__name__)
    print('rect', x, ' '.join(row))
    row = []
    for y in vals:
        try: row.append(repr(cmath.polar(complex(x, y))))
        except Exception as e: row.append(type(e).__name__)
    print('polar', x, ' '.join(row))
