print(all([]), any([]), all([1, 'a', [0]]), any([0, '', None]), all(x > 0 for x in [1, 2]), any(x > 1 for x in [1, 2]))
def noisy(v):
    print('check', v)
    return v
print(all(noisy(v) for v in [1, 0, 1]))
print(any(noisy(v) for v in [0, 1, 0]))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({'a': 1, 'b': 2})), type(reversed([])).__name__)
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(x for x in [])
except TypeError as e:
    print(type(e).__name__, e)
