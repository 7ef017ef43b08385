f = frozenset([1, 2, 3])
print(f, len(f), 2 in f, f | {4}, f & {1, 9}, frozenset(), frozenset('a'))
print(hash(f) == hash(frozenset([3, 2, 1])), {f: 'ok'}[frozenset({1, 2, 3})])
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
s = {frozenset({1}), frozenset({1})}
print(s, len(s))
print(set(f) == f, type(f.copy()).__name__, f.union([5]))
print(repr(frozenset()), repr(set()), repr({1}), repr(frozenset({1})))
