def counted(fn):
    calls = 0
    def wrapper(*a, **k):
        nonlocal calls
        calls += 1
        wrapper.calls = calls
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@counted
def work(x):
    return x * 2
print(work(1), work(2), work(3), work.calls)
def memoize(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner
@memoize
def slow_sq(n):
    print('compute', n)
    return n * n
print(slow_sq(3), slow_sq(3), slow_sq(4), sorted(slow_sq.cache.items()))
