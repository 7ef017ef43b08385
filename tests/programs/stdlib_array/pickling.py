# Arrays through pickle (every protocol), __reduce_ex__, copy, and the
# machine-format reconstructor used by protocol 3+.
import array
import copy
import pickle

samples = [
    array.array('b', [-1, 2]), array.array('B', [255]), array.array('u', 'hi\u20ac'),
    array.array('h', [-300]), array.array('H', [60000]), array.array('i', [1, 2, 3]),
    array.array('I', [4000000000]), array.array('l', [-(2**40)]), array.array('L', [2**60]),
    array.array('q', [-5]), array.array('Q', [2**64 - 1]), array.array('f', [0.5, -1.25]),
    array.array('d', [2.0 ** 0.5]), array.array('i'), array.array('u'),
]
for a in samples:
    for proto in range(6):
        data = pickle.dumps(a, proto)
        back = pickle.loads(data)
        ok = back == a and back.typecode == a.typecode and type(back) is type(a)
        print(a.typecode, proto, data, 'ok' if ok else 'MISMATCH %r' % (back,))

for a in samples[:4]:
    func, args, state = a.__reduce_ex__(2)
    print(func.__name__, args, state)
    func, args, state = a.__reduce_ex__(3)
    print(func.__name__, args[1:], state)
try:
    samples[0].__reduce_ex__('3')
except TypeError as e:
    print(type(e).__name__, e)


class Tagged(array.array):
    def describe(self):
        return '%s:%s' % (self.tag, self.tolist())


t = Tagged('d', [1.5, 2.5])
t.tag = 'weights'
for proto in range(6):
    back = pickle.loads(pickle.dumps(t, proto))
    print(proto, type(back).__name__, back.describe(), back == t)
print(pickle.dumps(t, 2))
print(Tagged('i').__reduce_ex__(2))

# arrays inside other structures, shared
shared = array.array('i', [7])
for proto in range(6):
    box = pickle.loads(pickle.dumps({'a': shared, 'b': [shared]}, proto))
    print(proto, box['a'] is box['b'][0], box['a'])

# machine formats other than the native one
R = array._array_reconstructor
print(R(array.array, 'i', 9, b'\x00\x00\x00\x01\x00\x00\x00\x02'))
print(R(array.array, 'h', 8, b'\x05\x00\x00\x00'))
print(R(array.array, 'q', 6, b'\xff\xff\xff\xff'))
print(R(array.array, 'i', 13, b'\xff\xff\xff\xff\xff\xff\xff\xfe'))
print(R(array.array, 'B', 1, b'\xff\x01'))
print(R(array.array, 'd', 15, b'\x3f\xc0\x00\x00'))
print(R(array.array, 'f', 17, b'\x40\x09\x21\xfb\x54\x44\x2d\x18'))
print(R(array.array, 'u', 19, b'\x00a\x00b\xd8\x3d\xde\x00'))
print(R(array.array, 'u', 18, b'a\x00b\x00'))
print(R(array.array, 'u', 21, b'\x00\x00\x00x\x00\x00\x00y'))
for n in range(9):
    try:
        print(n, R(array.array, 'u', 21, b'\x00\x00\x00z' * 2)[:0], R(array.array, 'u', 19, b'\x00q' * 4)[:0], R(array.array, 'd', 15, b'\x00' * n))
    except ValueError as e:
        print(n, type(e).__name__, e)
print(R(Tagged, 'i', 8, b'\x01\x00\x00\x00'))
for args in ((list, 'i', 8, b''), (5, 'i', 8, b''), (array.array, 'x', 8, b''),
             (array.array, 'i', 22, b''), (array.array, 'i', -1, b''),
             (array.array, 'i', 8, 'text'), (array.array, 'i', 8, b'\x01'),
             (array.array, 'i', 14, b'\x00\x00\x80?'), (array.array, 'd', 18, b'a\x00')):
    try:
        print(R(*args))
    except Exception as e:
        print(type(e).__name__, e)

# copies are independent
a = array.array('i', [1, 2])
b = copy.copy(a)
c = copy.deepcopy([a, a])
b.append(3)
c[0].append(4)
print(a, b, c, c[0] is c[1])
