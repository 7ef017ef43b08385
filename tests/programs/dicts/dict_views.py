d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
v = d.values()
i = d.items()
print(k, v, i)
d['d'] = 4
print(len(k), list(v), ('d', 4) in i, 'a' in k, 4 in v)
print(k & {'a', 'z'}, sorted(k | {'z'}), sorted(k - {'a'}), k == {'a', 'b', 'c', 'd'})
print(sorted(i & {('a', 1), ('b', 9)}))
try:
    for key in d:
        d['new'] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(list(zip(d.keys(), d.values())) == list(d.items()))
