print(range(5), range(1, 5), range(0, 10, 2), range(5, 0, -1), range(0))
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -2)), list(range(0, -5, -1)))
print(list(range(5, 2)), list(range(-3)), len(range(0, 100, 7)), len(range(10, 0, -3)))
r = range(0, 20, 3)
print(r[0], r[-1], r[2:4], r[::-1], r[::2], list(r[1::3]), r.index(9), r.count(9), 9 in r, 10 in r)
print(r.start, r.stop, r.step, range(3) == range(0, 3), range(0) == range(5, 5), range(1, 4, 2) == range(1, 5, 2))
print(range(10 ** 20)[-1], len(range(10 ** 18)), 10 ** 19 in range(10 ** 20))
try:
    range(1, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(3).index(7)
except ValueError as e:
    print(type(e).__name__, e)
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))), hash(range(3)) == hash(range(3)))
print(bool(range(0)), bool(range(1)), sum(range(101)), max(range(7)), min(range(3, 9)))
