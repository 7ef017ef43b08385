a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::2], a[::-1], a[8:2:-2], a[5:5], a[100:])
b = a[:]
b[2:5] = ['x']
print(b)
b[1:1] = [100, 200]
print(b)
b[:] = [1, 2, 3]
print(b)
c = list(range(10))
c[::2] = 'abcde'
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
del c[1::2]
print(c)
d = list(range(6))
d[-2:] = []
d[0:0] = 'ab'
print(d)
e = [1, 2, 3]
e[5:] = [9]
print(e)
e[1:2] = ()
print(e)
try:
    e[0:1] = 5
except TypeError as err:
    print(type(err).__name__, err)
