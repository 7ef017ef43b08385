print(sum(x * x for x in range(10)))
print(max(len(s) for s in ['a', 'bbb', 'cc']), min(x for x in [3, 1, 2]))
print(list(x for x in 'abc'), tuple(x * 2 for x in range(3)), set(x % 2 for x in range(5)))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]), dict((i, i) for i in range(2)))
print(''.join(c for c in 'hello' if c not in 'aeiou'), sorted((x for x in [3, 1, 2]), reverse=True))
g = (x * 10 for x in range(3))
print(type(g).__name__, next(g), list(g), list(g))
first = next((x for x in range(100) if x > 41), None)
print(first, next((x for x in [] if x), 'nothing'))
def gen_from_arg():
    return sum(i for i in range(5))
print(gen_from_arg())
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(zip((a for a in 'ab'), (b for b in range(5)))))
