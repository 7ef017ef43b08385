import pprint, collections
d = {'alpha': list(range(15)), 'beta': {'x': 'y' * 30, 'z': (1, 2, 3)}, 'gamma': {1, 2, 3}}
for w in (10, 30, 50, 80):
    print(pprint.pformat(d, width=w))
print(pprint.pformat(d, indent=3, width=30))
print(pprint.pformat(d, depth=1), pprint.pformat([[[[1]]]], depth=2))
print(pprint.pformat(collections.ChainMap({'a': 1}, {'b': list(range(30))})))
print(pprint.pformat(frozenset(range(30)), width=40))
print(pprint.pformat({'s': 'word ' * 30}, width=40))
print(pprint.pformat(list(range(60)), compact=True, width=40, indent=2))
print(pprint.saferepr([1, (2,), {'b': 1, 'a': 2}]), pprint.isreadable({'a': 1.5}))
P = collections.namedtuple('P', 'x y')
print(pprint.pformat([P(1, 2)] * 5, width=20))
