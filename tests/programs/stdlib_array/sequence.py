# Indexing, slicing, slice assignment, operators and comparisons.
import array


def attempt(label, func):
    try:
        result = func()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=>', repr(result))


a = array.array('i', range(10))
print(a[0], a[-1], a[True], a[3:7], a[::3], a[::-2], a[-3:], a[100:], a[:-100])
print(type(a[2:4]).__name__, a[2:4].typecode)
attempt('index too big', lambda: a[10])
attempt('index too small', lambda: a[-11])
attempt('index str', lambda: a['1'])
attempt('index float', lambda: a[1.0])
attempt('zero step', lambda: a[::0])

b = array.array('i', range(10))
b[0] = -1
b[-1] = 99
b[2:5] = array.array('i', [20, 30])
print(b)
b[1:1] = array.array('i', [7, 7, 7])
print(b)
b[::2] = array.array('i', [0] * len(b[::2]))
print(b)
b[::-3] = array.array('i', [5] * len(b[::-3]))
print(b)
b[4:] = array.array('i')
print(b)
b[:] = b
print(b)
c = array.array('i', [1, 2, 3])
c[1:2] = c
print(c)
attempt('assign list to slice', lambda: b.__setitem__(slice(0, 2), [1, 2]))
attempt('assign int to slice', lambda: b.__setitem__(slice(0, 2), 5))
attempt('assign other kind to slice', lambda: b.__setitem__(slice(0, 2), array.array('h', [1])))
attempt('extended slice wrong size', lambda: b.__setitem__(slice(None, None, 2), array.array('i', [1])))
attempt('setitem out of range', lambda: b.__setitem__(50, 1))
attempt('setitem bad index', lambda: b.__setitem__('x', 1))
attempt('setitem bad value', lambda: b.__setitem__(0, 'x'))

d = array.array('d', [float(i) for i in range(12)])
del d[0]
del d[-1]
del d[2:4]
del d[::3]
print(d)
del d[::-2]
print(d)
del d[100:]
attempt('del out of range', lambda: d.__delitem__(100))
attempt('del bad index', lambda: d.__delitem__(None))
print(d)

# iteration, membership, len, bool
e = array.array('h', [3, 1, 2])
it = iter(e)
print(next(it), list(it), list(e), sorted(e), list(reversed(e)), sum(e), max(e))
print(2 in e, 9 in e, 2.0 in e, 'x' in e, len(e), bool(e), bool(array.array('h')))
for pos, value in enumerate(array.array('u', 'abc')):
    print(pos, value)

# operators
x = array.array('i', [1, 2])
y = array.array('i', [3])
print(x + y, x * 3, 3 * x, x * 0, x * -1, y * True)
attempt('add list', lambda: x + [3])
attempt('add other kind', lambda: x + array.array('l', [3]))
attempt('mul float', lambda: x * 2.0)
attempt('mul str', lambda: x * 'a')
z = x
z += y
z += z
print(z, z is x)
z *= 2
print(z, z is x)
z *= 0
print(z, len(x))
w = array.array('i', [1])
attempt('iadd list', lambda: w.__iadd__([2]))
attempt('iadd other kind', lambda: w.__iadd__(array.array('d', [2])))

# comparisons
p = array.array('i', [1, 2, 3])
print(p == array.array('i', [1, 2, 3]), p == array.array('d', [1.0, 2.0, 3.0]),
      p == array.array('i', [1, 2]), p != array.array('i', [1, 2, 4]))
print(p < array.array('i', [1, 2, 4]), p < array.array('i', [1, 2]), p <= p, p > array.array('i', [1]),
      p >= array.array('b', [1, 2, 3]), array.array('i') < array.array('i', [0]))
print(p == [1, 2, 3], p != (1, 2, 3), p == 'abc')
print(array.array('u', 'abc') < array.array('u', 'abd'), array.array('u', 'b') > array.array('u', 'abc'))
print(array.array('u', 'a') == array.array('i', [97]))
attempt('mixed order', lambda: array.array('u', 'a') < array.array('i', [97]))
nan = float('nan')
q = array.array('d', [nan])
print(q == q, q != q, q == array.array('d', [nan]))
try:
    hash(p)
except TypeError as e:
    print('hash', type(e).__name__)
import copy
r = copy.copy(p)
s = copy.deepcopy(p)
print(r, s, r is p, r == p, s == p)
