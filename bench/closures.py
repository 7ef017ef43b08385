# closures: closures and higher-order functions: adders, composition,
# currying, nonlocal counters, decorators, map/filter with lambdas, a
# hand-written reduce and memoization through a closed-over dict.
# quick: 2000
import sys


def make_adder(k):
    def add(x):
        return x + k
    return add


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)


def make_counter():
    count = 0

    def step(by=1):
        nonlocal count
        count += by
        return count
    return step


def reduce(f, items, acc):
    for x in items:
        acc = f(acc, x)
    return acc


def counted(fn):
    calls = [0]

    def wrapper(*args, **kwargs):
        calls[0] += 1
        return fn(*args, **kwargs)
    wrapper.calls = calls
    return wrapper


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        v = fn(n)
        cache[n] = v
        return v
    return wrapper


@counted
def weighted(a, b, scale=1):
    return (a * 3 + b) * scale


@memoize
def partitions(n):
    # number of integer partitions via pentagonal recurrence, memoized
    if n < 0:
        return 0
    if n == 0:
        return 1
    total = 0
    k = 1
    while True:
        g1 = k * (3 * k - 1) // 2
        if g1 > n:
            break
        g2 = k * (3 * k + 1) // 2
        sign = 1 if k % 2 else -1
        total += sign * (partitions(n - g1) + partitions(n - g2))
        k += 1
    return total


def main(n):
    adders = [make_adder(k) for k in range(10)]
    total = 0
    for i in range(n):
        total += adders[i % 10](i)
    print("adders", total)
    pipeline = compose(make_adder(1), lambda x: x * 2, make_adder(-3), abs)
    print("compose", sum(pipeline(i) for i in range(-n // 2, n // 2)))
    vol = curry3(lambda a, b, c: a * b + c)
    print("curry", sum(vol(i)(i + 1)(i + 2) for i in range(n // 2)))
    step = make_counter()
    for i in range(n):
        step(i & 1)
    print("counter", step(0))
    evens = list(filter(lambda x: x % 2 == 0, map(lambda x: x * 3, range(n))))
    print("map/filter", len(evens), reduce(lambda a, b: (a + b) % 1000003, evens, 0))
    acc = 0
    for i in range(n // 2):
        acc += weighted(i, i % 5, scale=2)
    print("decorated", acc, weighted.calls[0])
    top = n // 400 + 50
    for k in range(top):  # fill the memo bottom-up to keep recursion shallow
        partitions(k)
    print("partitions", partitions(top) % 1000000007)
    sorter = sorted(range(n // 10), key=lambda x: (x % 17, -x))
    print("key closure", sorter[:5], sorter[-1])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000)
