print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)), list(enumerate('ab', start=-1)))
e = enumerate(['x', 'y'])
print(type(e).__name__, next(e), list(e))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip('ab', 'cd', 'ef')))
print(dict(zip(['k1', 'k2'], [1, 2])), list(zip(*[(1, 'a'), (2, 'b')])))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
for i, (a, b) in enumerate(zip('xy', range(10, 12)), start=100):
    print(i, a, b)
