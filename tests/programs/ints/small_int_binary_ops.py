# Floor division, modulo, shifts and bitwise operators on ints across the small/big boundary.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**62 - 1, -2**62, 2**61, -(2**61), 12345678901, -98765432123]
out = []
for x in vals:
    for y in vals:
        r = []
        if y:
            r += [x // y, x % y]
            q = x; q //= y; m = x; m %= y
            r += [q, m]
        r += [x & y, x | y, x ^ y]
        for sh in (0, 1, 5, 31, 62, 63, 64, 100):
            r.append(x >> sh)
            if abs(x) < 2**40:
                r.append(x << sh)
        out.append(hash(tuple(r)) % 1000003)
        out.append(sum(v % 999983 for v in r))
print(sum(out), len(out))
for x, y in [(7, 0), (1, -1)]:
    try:
        print(x // y, x % y)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError:", e)
print(-2**62 // -1, (-2**62) % -1, 2**62 // 1, (-2**62) << 1, 1 << 62, 3 << 61)
print(True // 1, True % 2, True & 3, 5 & True)
