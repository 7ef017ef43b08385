# getrandbits, randrange, randint and randbytes, plus their error messages.
import random

r = random.Random(2024)
print([r.getrandbits(k) for k in (1, 2, 7, 8, 31, 32, 33, 63, 64, 65, 100, 257)])
print(r.getrandbits(0))
print([r.randrange(10) for _ in range(15)])
print([r.randrange(5, 15) for _ in range(10)])
print([r.randrange(0, 100, 7) for _ in range(10)])
print([r.randrange(100, 0, -9) for _ in range(10)])
print([r.randrange(-50, -10, 4) for _ in range(10)])
print([r.randint(1, 6) for _ in range(20)])
print([r.randint(-3, 3) for _ in range(12)])
print(r.randrange(2**100), r.randrange(10**30, 10**30 + 1000), r.randint(-2**70, 2**70))
print(r.randrange(1), r.randint(5, 5), r.randrange(True, 3), r.randrange(5, None, 1))
print(r.randbytes(1), r.randbytes(7), r.randbytes(16))

def err(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

err('randrange(0)', lambda: r.randrange(0))
err('randrange(-5)', lambda: r.randrange(-5))
err('randrange(5, 5)', lambda: r.randrange(5, 5))
err('randrange(7, 3)', lambda: r.randrange(7, 3))
err('randrange(5, 5, 2)', lambda: r.randrange(5, 5, 2))
err('randrange(1, 9, -2)', lambda: r.randrange(1, 9, -2))
err('randrange(1, 9, 0)', lambda: r.randrange(1, 9, 0))
err('randrange(9, step=2)', lambda: r.randrange(9, step=2))
err('randrange(3.0)', lambda: r.randrange(3.0))
err('randrange(1, 7.5)', lambda: r.randrange(1, 7.5))
err('randrange(1, 7, 1.0)', lambda: r.randrange(1, 7, 1.0))
err("randrange('3')", lambda: r.randrange('3'))
err('randint(5, 1)', lambda: r.randint(5, 1))
err('randint(1.5, 3)', lambda: r.randint(1.5, 3))
err('getrandbits(-1)', lambda: r.getrandbits(-1))
err('getrandbits(2.0)', lambda: r.getrandbits(2.0))
err('randbytes(-1)', lambda: r.randbytes(-1))
err('randbytes(1.0)', lambda: r.randbytes(1.0))

# The module-level functions behave the same way.
random.seed(5)
print(random.randrange(1000), random.randint(1, 10), random.getrandbits(20))
err('module randrange', lambda: random.randrange(0))
