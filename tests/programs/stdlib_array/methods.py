# The list-like methods of array.array and their error cases.
import array


def attempt(label, func):
    try:
        result = func()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=>', repr(result))


a = array.array('i', [5, 1, 4])
a.append(9)
a.extend([2, 7])
a.extend(array.array('i', [8]))
a.extend(range(3))
a.extend(a)
print(a, len(a))
a.insert(0, 100)
a.insert(-1, 200)
a.insert(1000, 300)
a.insert(-1000, 400)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3), a)
attempt('pop out of range', lambda: a.pop(99))
attempt('pop negative out of range', lambda: a.pop(-99))
attempt('pop from empty', lambda: array.array('d').pop())
attempt('pop float index', lambda: a.pop(1.0))
print(a.index(4), a.index(4, 3), a.index(0, -5), a.index(1, 0, 3))
attempt('index missing', lambda: a.index(12345))
attempt('index outside window', lambda: a.index(5, 1, 2))
attempt('index bad start', lambda: a.index(5, 'x'))
attempt('index of str', lambda: a.index('5'))
print(a.count(4), a.count(2), a.count(99), a.count('x'), a.count(4.0))
a.remove(4)
print(a)
attempt('remove missing', lambda: a.remove(4321))
a.reverse()
print(a)
attempt('extend other kind', lambda: a.extend(array.array('h', [1])))
attempt('extend non-iterable', lambda: a.extend(3))
b = array.array('i', [1])
attempt('extend partly bad', lambda: b.extend([2, 3, 'x', 4]))
print(b)
attempt('append no args', lambda: b.append())
attempt('append two args', lambda: b.append(1, 2))
attempt('insert one arg', lambda: b.insert(0))
attempt('insert bad index', lambda: b.insert('0', 1))

# byteswap for each size
for code, values in (('b', [1, -2]), ('h', [1, -2, 0x1234]), ('I', [1, 0x12345678]),
                     ('q', [1, -2]), ('f', [1.0, -2.5]), ('d', [1.0, 0.5])):
    c = array.array(code, values)
    c.byteswap()
    print(code, c.tobytes(), c)
    c.byteswap()
    print('  restored', c.tolist() == values)
attempt('byteswap with arg', lambda: c.byteswap(1))

# buffer_info: the address is opaque, the length is the item count
info = array.array('h', [1, 2, 3]).buffer_info()
print(type(info).__name__, len(info), isinstance(info[0], int), info[1])
print(array.array('d').buffer_info()[1])

# floats and equality
d = array.array('d', [1.0, 2.5, float('nan')])
print(d.count(1), d.index(2.5), 1 in d, 3 in d, float('nan') in d, d.count(float('nan')))
d.remove(1)
print(d)
attempt('remove from float array', lambda: d.remove('1'))
