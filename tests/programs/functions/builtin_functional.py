import functools, operator
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 1))
p = functools.partial(pow, 2)
print(p(10), functools.partial(int, base=2)('1010'))
print(operator.itemgetter(1)([5, 6]), operator.attrgetter('real')(3), operator.mul(3, 4), operator.neg(5))
print(list(map(operator.itemgetter(0), [('a', 1), ('b', 2)])))
print(sorted([('b', 2), ('a', 2), ('c', 1)], key=operator.itemgetter(1, 0)))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
