# Values, not identity, matter; but equal small ints compare equal across operations.
a = 256
b = 255 + 1
print(a == b)
x = 10 ** 20
y = 10 ** 20
print(x == y, x != y + 1)
print(int('5') == 5, 5 == 5.0, hash(5) == hash(5.0), hash(-1), hash(-2))
print({5: 'int'}[5.0])
print(int.__hash__(2**64) == hash(2**64))
print(0 == -0, hash(0) == hash(-0.0))
