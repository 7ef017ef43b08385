data = [5, 3, 8, 1, 9, 2]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted('hello'), sorted(('b', 'a')), sorted({3, 1, 2}), sorted({'b': 1, 'a': 2}), sorted(range(5, 0, -1)))
people = [('amy', 30), ('bob', 25), ('cat', 30), ('dan', 25), ('eve', 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = ['Banana', 'apple', 'cherry', 'Apple']
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=len))
print(sorted([[2, 1], [1, 2], [1]]), sorted([], key=len), sorted([1.5, 1, True, 0.5]))
try:
    sorted([3, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
stable = sorted(['b1', 'a1', 'b2', 'a2', 'b3'], key=lambda s: s[0])
print(stable)
