print(float(), float(3), float('3.25'), float('  -1.5e3 '), float('inf'), float('-Infinity'), float('nan'))
print(float('1_000.5'), float('.5'), float('5.'), float('+1E-2'), float(True))
print(float('INF'), float('NaN'), float('-nan'))
for s in ['', 'abc', '1.2.3', '1e', '0x10', '1__0', 'infinit']:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
for v in [None, [1.0]]:
    try:
        float(v)
    except TypeError as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(float(F()), float(I()))
print(float.fromhex('0x1.8p1'), (1.5).hex(), (0.1).hex())
