t = (1, 'a', 2.5, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t + (5,), t * 2)
print((), (1,), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), (1, 2) == (1, 2))
print(t.count(1), t.index('a'), 'a' in t, 3 in t)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
x = 1, 2, 3
print(type(x).__name__, x)
single = 5,
print(single)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'pt'}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
m = ([1], 2)
m[0].append(3)
print(m)
try:
    m[0] += [4]
except TypeError as e:
    print(type(e).__name__, e)
print(m)
