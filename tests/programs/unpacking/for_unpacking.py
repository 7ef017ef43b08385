data = [('a', 1, [10, 11]), ('b', 2, [20, 21])]
for name, n, (p, q) in data:
    print(name, n, p, q)
for i, (name, *rest) in enumerate(data):
    print(i, name, rest)
for k, v in sorted({'z': 1, 'a': 2}.items()):
    print(k, v)
print([a * b for a, b in [(1, 2), (3, 4)]])
print({k: v for k, v in [('x', 1)]})
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print(type(e).__name__, e)
