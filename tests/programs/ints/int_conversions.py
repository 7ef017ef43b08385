import math
print(round(7), round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(2.675, 2), round(1.23456, 3), round(12.5, -1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7), type(math.floor(2.5)).__name__)
print(abs(-7), abs(7), abs(-2 ** 70), abs(-0.0))
print(int(2.9999999999999996), int(-0.9))
print(float(2 ** 53), float(2 ** 53 + 1), float(10 ** 20))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.gcd(12, 18), math.gcd(0, 5), math.lcm(4, 6), math.factorial(20), math.isqrt(10 ** 20 + 1))
print(math.comb(10, 3), math.perm(5, 2))
