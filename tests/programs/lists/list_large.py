n = 100000
a = list(range(n))
print(len(a), a[-1], sum(a))
b = [x * x for x in a if x % 1000 == 0]
print(len(b), b[:3], b[-1])
a.reverse()
print(a[:3])
a.sort()
print(a[:3], a[-1])
c = [0] * n
for i in range(0, n, 7):
    c[i] = 1
print(sum(c))
del a[::2]
print(len(a), a[:3])
