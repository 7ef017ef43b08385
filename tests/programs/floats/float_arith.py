print(0.1 + 0.2, 0.1 * 3, 1.1 - 1.0, 3 * 1.1, 1 / 3 * 3)
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.0 % -2, divmod(-7.0, 2))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf, inf > 1e308, nan > 0, nan < 0, nan == nan)
print(2.0 ** 0.5, 2.0 ** -1, (-8.0) ** 2, 4 ** 0.5, 10.0 ** 20)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__)
print(-0.0 == 0.0, repr(-0.0 + 0.0), repr(0.0 * -1), repr(-0.0 * -0.0))
print(abs(-1.5), -(-1.5), +(-1.5))
print(1.0 == 1, 1.5 > 1, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(0.1 + 0.7, 0.3 - 0.1, 100 * 1.1)
