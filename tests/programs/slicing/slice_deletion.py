a = list(range(10))
del a[2:4]
print(a)
del a[::3]
print(a)
del a[-2:]
print(a)
del a[:]
print(a)
b = list(range(10))
del b[::-2]
print(b)
del b[100:]
print(b)
c = list(range(5))
del c[1], c[2]
print(c)
d = bytearray(b'abcdef')
del d[1:3]
print(d)
t = (1, 2, 3)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = 'abc'
try:
    del s[0:1]
except TypeError as e:
    print(type(e).__name__, e)
