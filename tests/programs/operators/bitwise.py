print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, ~0)
print(1 << 10, 1 << 70, 1024 >> 3, -1024 >> 3, -1 >> 100, 5 >> 100)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10)
print((1 << 100) & ((1 << 100) - 1), (1 << 100) | 1, ((1 << 100) + 5) ^ (1 << 100))
print(True & False, True | False, True ^ True, type(True & True).__name__)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
print(bin(0b1010 & 0b0110), hex(0xff ^ 0x0f), oct(0o7 | 0o10))
