for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 5, -5):
        print(a, b, a // b, a % b, divmod(a, b), a / b)
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7, -(10 ** 30) % 7)
print(1 / 3, 2 / 3, 10 ** 20 / 10 ** 10, (10 ** 400) // (10 ** 399))
try:
    (10 ** 400) / 1
except OverflowError as e:
    print(type(e).__name__, e)
print((10 ** 400) / (10 ** 399))
print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5)
