print([1, 2] + [3], [0] * 3, (1,) * 2, (1, 2) + (3,))
print({1, 2} | {2, 3}, {1, 2} & {2, 3}, {1, 2} - {2, 3}, {1, 2} ^ {2, 3})
print({'a': 1} | {'b': 2}, {'a': 1} | {'a': 3})
d = {'a': 1}
d |= {'c': 5}
print(d)
print([[0] * 2] * 2)
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} > {1}, frozenset({1}) == {1})
print(sorted({'x', 'y'} | frozenset('z')))
print(type(frozenset({1}) | {2}).__name__, type({2} | frozenset({1})).__name__)
