d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], 'a' in d, 'z' in d, 1 in d)
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 9), d.setdefault('e', 5), d)
print(list(d.keys()), list(d.values()), list(d.items()))
d['a'] = 100
print(d)
print(d.pop('b'), d.pop('zz', 'dflt'), d)
print(d.popitem(), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
print(d)
try:
    d['missing']
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop('missing')
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
d.clear()
print(d, bool(d))
