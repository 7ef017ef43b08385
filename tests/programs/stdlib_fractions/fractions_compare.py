# Comparisons, equality with other numeric types, hashing and truth values.
from fractions import Fraction as F

pairs = [(F(1, 2), F(1, 2)), (F(1, 2), F(2, 3)), (F(1, 2), 0.5), (F(1, 3), 1 / 3),
         (F(2), 2), (F(2), 2.0), (F(-1, 2), -1), (F(1, 2), 0.5 + 0j), (F(1, 2), 1j),
         (F(1, 2), float('inf')), (F(1, 2), float('-inf')), (F(1, 2), float('nan')),
         (F(3, 4), True), (F(1), True)]
for x, y in pairs:
    print(repr(x), repr(y), x == y, x != y, y == x)
for x, y in pairs:
    if isinstance(y, complex):
        continue
    print(repr(x), repr(y), x < y, x <= y, x > y, x >= y, y < x, y >= x)

for bad in ['a', None, [1]]:
    try:
        F(1, 2) < bad
    except TypeError as e:
        print(type(e).__name__, e)
print(F(1, 2) == 'a', F(1, 2) != None)

print(sorted([F(1, 3), 0.25, 1, F(-1, 2), 0, F(5, 4)]))
print(max(F(1, 3), 0.3), min(F(1, 3), 0.34))

for v in [F(0), F(1), F(-1), F(1, 2), F(-1, 2), F(7, 4), F(10 ** 30), F(1, 3), F(-1, 3),
          F(2 ** 61 - 1), F(1, 2 ** 61 - 1), F(10 ** 30, 7), F(3, 2 ** 70)]:
    h = hash(v)
    print(repr(v), h, h == hash(float(v)) if v.denominator & (v.denominator - 1) == 0 else '-')
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)) == hash(-1))
print(len({F(1, 2), 0.5, F(2, 4), 1, F(1), 1.0, True}))
print({F(1, 2): 'half'}[0.5])
print(bool(F(0)), bool(F(0, 5)), bool(F(1, 100)), not F(-1, 2))
