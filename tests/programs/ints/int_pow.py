print(2 ** 10, 2 ** 64, 2 ** 0, 0 ** 5, (-2) ** 3, (-2) ** 64)
print(2 ** -1, 4 ** -0.5, 10 ** -2, (-2) ** -2)
print(pow(2, 10), pow(2, 10, 1000), pow(-2, 3, 5), pow(2, -1, 5), pow(7, 0, 1))
print(pow(3, 1000, 10 ** 12))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print((-8) ** 0.5)
print(len(str(7 ** 777)), str(7 ** 777)[:20])
