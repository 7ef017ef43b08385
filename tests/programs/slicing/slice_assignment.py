a = list(range(8))
a[1:3] = ['a', 'b', 'c', 'd']
print(a)
a[:2] = []
print(a)
a[len(a):] = [100]
print(a)
a[-1:] = 'xy'
print(a)
a[::-1] = a[:]
print(a)
b = list(range(10))
b[1::3] = [None] * 3
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
b[2:5] = range(2)
print(b)
c = [1, 2, 3]
c[1:2] = c
print(c)
d = [0, 1, 2, 3, 4]
d[3:1] = ['ins']
print(d)
e = list(range(6))
e[::-2] = 'ABC'
print(e)
