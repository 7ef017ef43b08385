vals = [3, -1, 4, -1, 5, -9]
pos = [v for v in vals if v > 0]
neg = [v for v in vals if v < 0]
print(pos, neg, [abs(v) for v in neg])
print([i for i, v in enumerate(vals) if v < 0])
print({v: vals.count(v) for v in vals})
print([s.strip() for s in ' a , b ,c '.split(',')])
print([int(c) for c in str(2 ** 20)])
print(sum(int(c) for c in str(2 ** 100)))
print([(i, c) for i, c in enumerate('xyz', start=1)])
print([a + b for a, b in zip([1, 2], [10, 20])])
print([[a, *rest] for a, *rest in [(1, 2, 3), (4, 5)]])
