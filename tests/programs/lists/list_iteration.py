a = ['a', 'b', 'c']
for i, v in enumerate(a):
    print(i, v)
for i, v in enumerate(a, 1):
    print(i, v, end='; ')
print()
for v in reversed(a):
    print(v, end=' ')
print()
it = iter(a)
print(next(it), list(it), list(it))
n = [1, 2, 3, 4]
for x in n:
    if x == 2:
        n.remove(x)
print(n)
total = 0
for x in [10, 20, 30]:
    total += x
print(total)
print(list(zip(a, range(3))), list(map(str.upper, a)), list(filter(lambda c: c != 'b', a)))
print([*a, *'de'], [a[i] for i in range(len(a) - 1, -1, -1)])
