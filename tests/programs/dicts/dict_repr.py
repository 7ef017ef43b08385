print({}, {1: 2}, {'a': 'b'}, {'q': "it's"}, {(1,): [1, {2: 3}]}, {None: ...})
d = {}
d['me'] = d
print(d)
print(str({'x': 1.5}), repr({-1: -0.0}))
print(dict.__name__, type({}).__name__)
