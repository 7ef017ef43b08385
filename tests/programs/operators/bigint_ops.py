big = 2 ** 100
print(big, big + 1, big - 2 ** 99, big * big)
print(big // 3, big % 3, -big // 3, -big % 3)
print(big // -7, big % -7)
print(divmod(-big, 12345678901234567890))
print(big / 2 ** 98, (2 ** 64) / 3)
print(2 ** 63 - 1 + 1, -2 ** 63 - 1, (2 ** 62) * 4)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(4611686018427387903 + 1, -4611686018427387904 - 1)
print(3 ** 200)
print(-(2 ** 64), abs(-(2 ** 64)), ~(2 ** 64))
print(big == 2 ** 100, big > 2 ** 99, big < 1.0e31, big == float(big))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
x = 1
for i in range(1, 30):
    x *= i
print(x)
print(x // (2 ** 20), x >> 20, x & 0xFFFF)
print(int('1' * 40) * int('9' * 30))
print(pow(2, 100, 1000007), pow(3, -1, 7), pow(12345678901234567890, 3, 10 ** 9))
