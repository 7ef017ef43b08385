# Basic generator functions used by the first batch (more in generators/).
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(4)), sum(count_up(101)))
g = count_up(2)
print(next(g), next(g), next(g, 'done'))
def pairs():
    yield 'a', 1
    yield 'b', 2
print(dict(pairs()))
print(sum(x * x for x in range(10)), max(len(w) for w in ['a', 'abc', 'ab']))
print(list(x for x in range(10) if x % 3 == 0))
