print(list(range(0)), list(range(3)), list(range(-2, 2)), list(range(10, 0, -3)), list(range(1, 2, 5)))
r = range(-5, 5, 2)
print(r, len(r), r[0], r[-1], r[1:3], list(r), r.index(1), 1 in r, 2 in r, -5 in r)
print(range(5)[::-1], list(range(5)[::-1]), range(0, 10)[3:100], range(10)[-3:], range(10)[::-3])
print(repr(range(0, 5, 1)), str(range(1, 2)), range(3) == range(3), range(3) != range(4))
print(list(reversed(range(0, -10, -4))), sorted(range(5), reverse=True)[:2])
print(sum(range(1, 1000001)), len(range(-10 ** 9, 10 ** 9)), range(-10 ** 30, 10 ** 30)[-1])
try:
    len(range(-10 ** 30, 10 ** 30))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(3).__class__.__name__, isinstance(range(3), range), hash(range(2)) == hash(range(0, 2)))
