print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, extra=0))
print(dict(zip('abc', range(3))), dict.fromkeys(['p', 'q']), dict.fromkeys('ab', 0))
print({k: k * 2 for k in range(4)}, {**{'a': 1}, 'b': 2, **{'a': 3}})
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
d1 = {'a': 1}
d2 = dict(d1)
d2['b'] = 2
print(d1, d2, d1 == {'a': 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
