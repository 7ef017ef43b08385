# Integer and float seeds must reproduce CPython's Mersenne Twister exactly.
import random

for seed in [0, 1, 2, 42, 1234567, -1, -42, 2**31, 2**32 - 1, 2**32, 2**32 + 1,
             2**64 - 1, 2**64, 10**30, -(10**30), 2**1000 + 7, True, False]:
    r = random.Random(seed)
    print(seed if seed < 10**12 else 'big', [r.random() for _ in range(3)])

# A float (or other hashable) seed goes through hash(); negative hashes are
# reinterpreted as unsigned 64-bit values.
for seed in [1.5, -1.5, 0.25, -2.0, 3.0, 1e100]:
    r = random.Random(seed)
    print(seed, r.random(), r.random())

# seed() on an existing instance restarts the sequence.
r = random.Random(7)
first = [r.random() for _ in range(5)]
r.seed(7)
print(first == [r.random() for _ in range(5)])
r.seed(8)
print(first == [r.random() for _ in range(5)])

# Module-level functions share one hidden instance.
random.seed(99)
a = [random.random() for _ in range(4)]
random.seed(99)
print(a == [random.random() for _ in range(4)], a)
print(random.Random(99).random() == a[0])

# Bulk check over many seeds.
total = 0.0
for s in range(300):
    total += random.Random(s).random()
print(repr(total))
print([random.Random(s).getrandbits(32) for s in range(0, 3000, 250)])
