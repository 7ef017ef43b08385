print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum((), 10))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1, 2], start=100))
print(sum(x * x for x in range(4)), sum({1: 'a', 2: 'b'}), sum([True, True, False]))
print(sum([2 ** 64, 2 ** 64]), sum([1e308, 1e308]), sum([-0.0]), sum([-0.0], -0.0))
for bad in [lambda: sum(['a', 'b'], ''), lambda: sum([b'a'], b''), lambda: sum(5), lambda: sum([1, 'a'])]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
