import pprint

data = {
    'name': 'ferrython',
    'versions': [3.10, 3.11, 3.12],
    'nested': {'a': [1, 2, 3] * 8, 'b': {'x': (1, 2), 'y': {'deep': ['z'] * 20}}},
    'tuple': tuple(range(30)),
    'set': {5, 3, 1, 4, 2},
    'frozen': frozenset(range(25)),
    'empty': [[], {}, (), set(), ''],
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, depth=1)
print(pprint.pformat(list(range(40)), compact=True, width=50))
print(pprint.pformat([[1, 2], [3, 4]] * 10, compact=True))
print(pprint.pformat([list(range(12))] * 3, width=30, compact=True))
pprint.pprint((1,))
pprint.pprint(([1] * 40,))
pprint.pprint([(i, str(i) * i) for i in range(12)])
pprint.pprint({'z': 1, 'a': 2, 'm': 3})
pprint.pp({'z': 1, 'a': 2, 'm': 3})
pprint.pprint({'z': 1, 'a': 2, 'm': 3}, sort_dicts=False)
pprint.pp({'key%d' % i: list(range(i)) for i in range(10)})
pprint.pprint(12345678901234567890, underscore_numbers=True)
pprint.pprint([10**12, 10**15, {'n': 10**20}], underscore_numbers=True)
pprint.pprint({1: 'a', 'b': 2, (1, 2): None, None: 0})
pprint.pprint([{3, 1, 2}, frozenset({(2,), (1,)})])
pprint.pprint({i: {j: j * i for j in range(6)} for i in range(6)}, width=50)
pprint.pprint([1, [2, [3, [4, [5, [6]]]]]], width=10)
pprint.pprint([[]] * 3, width=1)
