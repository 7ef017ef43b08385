s = 'abcdefghij'
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[::-3], s[8:2:-2])
print(s[100:200], s[-100:2], s[5:2], s[2:2], s[::100], s[-1:-5:-1], s[-1::-4])
t = tuple(range(10))
print(t[3:6], t[::-2], t[-2:], t[:0])
l = list(range(10))
print(l[slice(2, 8, 3)], l[slice(None)], l[slice(5)], l[slice(-3, None)])
sl = slice(1, 10, 2)
print(sl, sl.start, sl.stop, sl.step, sl.indices(5), slice(None).indices(3), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), repr(slice(None)), slice(3))
try:
    l[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    l['a':]
except TypeError as e:
    print(type(e).__name__, e)
print(b'abcdef'[1:4], bytearray(b'xyz')[::-1], range(10)[2:8:2])
