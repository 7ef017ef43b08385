# 'u' arrays in detail, and subclasses of array.array.
import array


def attempt(label, func):
    try:
        result = func()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=>', repr(result))


u = array.array('u', 'na\xefve \u2603 \U0001f40d')
print(u, len(u), u.itemsize, u[2], u[-1], u[:4], u[::-1])
print(u.tolist())
print(u.tounicode().upper(), 'v' in u, '\u2603' in u, 'xy' in u, 1 in u)
print(u.count('a'), u.index('\u2603'), u.tobytes()[:8])
u.append('!')
u.extend('??')
u.extend(['#'])
u.insert(0, '>')
u[1] = 'N'
print(u)
print(u.pop(), u.pop(0), u)
u.remove('?')
print(u)
attempt('append int', lambda: u.append(65))
attempt('append str2', lambda: u.append('ab'))
attempt('setitem bytes', lambda: u.__setitem__(0, b'a'))
attempt('extend other kind', lambda: u.extend(array.array('b', [1])))
attempt('extend ints', lambda: u.extend([1]))
print(repr(array.array('u', 'quote\'s "q" \\ \n\t')))
v = array.array('u', 'ab')
v.byteswap()
print(v.tobytes())
attempt('read swapped', lambda: v[0])
attempt('unicode of swapped', lambda: v.tounicode())
v.byteswap()
print(v, v.tounicode())
w = array.array('u')
w.frombytes('hé'.encode('utf-32-le') if False else b'h\x00\x00\x00\xe9\x00\x00\x00')
print(w, w == array.array('u', 'hé'))
print(array.array('u', 'abc') + array.array('u', 'd'), array.array('u', 'ab') * 2)
print(sorted(array.array('u', 'banana')), ''.join(reversed(array.array('u', 'stressed'))))


# subclasses
class Vector(array.array):
    def __new__(cls, values=()):
        return super().__new__(cls, 'd', values)

    def norm(self):
        return sum(x * x for x in self) ** 0.5

    def __repr__(self):
        return 'Vector(%s)' % self.tolist()


v = Vector([3, 4])
print(v, v.norm(), v.typecode, isinstance(v, array.array), type(v).__name__)
print(type(v + v).__name__, type(v[:]).__name__, type(v * 2).__name__, type(2 * v).__name__)
v += Vector([1, 1])
print(v, type(v).__name__)
v.append(12)
print(v, len(v), v.norm())


class Named(array.array):
    pass


n = Named('h', [1, 2])
n.label = 'pair'
print(n, n.label, vars(n))
print(n == array.array('h', [1, 2]), array.array('h', [1, 2]) == n)
m = Named('b')
print(repr(m), m.__reduce_ex__(2), m.__reduce_ex__(3)[2])


class Strict(array.array):
    def append(self, value):
        if value < 0:
            raise ValueError('negative values are not allowed: %r' % value)
        super().append(value)


s = Strict('i', [1])
s.append(5)
attempt('strict append', lambda: s.append(-1))
s.extend([-2])
print(s)
