# str/bytes/bytearray seeds (version 2) hash the data with SHA-512.
import random

for seed in ['', 'a', 'hello', 'Hello, World!', 'é ünïcødé ✓', 'x' * 200,
             b'', b'hello', bytes(range(256)), bytearray(b'hello'), bytearray()]:
    r = random.Random(seed)
    print(repr(seed)[:30], r.random(), r.getrandbits(40))

print(random.Random('hello').random() == random.Random(b'hello').random())
print(random.Random(b'abc').random() == random.Random(bytearray(b'abc')).random())

# version=1 uses the old string hashing scheme.
r = random.Random()
for seed in ['', 'a', 'abc', 'hello world', b'abc', b'\xe9t\xe9']:
    r.seed(seed, version=1)
    print(repr(seed), r.random())

# version=2 with an int is the same as plain seeding.
r.seed(12345, version=2)
x = r.random()
r.seed(12345)
print(x == r.random())

# Unsupported seed types.
for bad in [[1, 2], (1,), {1: 2}, {3}, object]:
    try:
        random.Random(bad)
    except TypeError as e:
        print(type(bad).__name__, type(e).__name__, e)
try:
    random.seed([1])
except TypeError as e:
    print('module seed:', e)
