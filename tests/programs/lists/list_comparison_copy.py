import copy
a = [1, [2, 3]]
b = a.copy()
c = copy.deepcopy(a)
a[1].append(4)
print(a, b, c)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 2, 3], [2] > [1, 9], [] < [0])
print(list(), list('ab'), list((1, 2)), list(range(3)), list({'k': 1}), list(x for x in 'hi'))
x = [1, 2, 3]
y = x
y += [4]
print(x is y, x)
y = y + [5]
print(x is y, x, y)
l = [0] * 3
l2 = [[]] * 3
l2[0].append('s')
print(l, l2)
print([1, 2, 3].__len__(), [1, 2].__getitem__(1), [].__class__.__name__)
print(list.__name__, isinstance([], list), type([]) is list)
r = [1]
r.append(r)
print(r)
