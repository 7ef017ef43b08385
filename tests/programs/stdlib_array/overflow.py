# Range checks for every integer type code, through every way of storing.
import array

LIMITS = {
    'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
    'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'l': (-2**63, 2**63 - 1),
    'L': (0, 2**64 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1),
}


def attempt(label, func):
    try:
        result = func()
    except Exception as e:
        print('   ', label, '->', type(e).__name__, e)
    else:
        print('   ', label, '=>', result)


for code, (low, high) in LIMITS.items():
    print(code, low, high)
    print('    edges ok:', array.array(code, [low, high]).tolist())
    for value in (high + 1, low - 1, 2**32, -2**32, 2**64, 2**70, -2**70):
        attempt('init %d' % value, lambda: array.array(code, [value]))
    a = array.array(code, [0])
    attempt('append', lambda: a.append(high + 1))
    attempt('insert', lambda: a.insert(0, low - 1))
    attempt('setitem', lambda: a.__setitem__(0, high + 1))
    attempt('extend', lambda: a.extend([1, high + 1]))
    attempt('fromlist', lambda: a.fromlist([1, low - 1]))
    print('    after errors:', a.tolist())

# every kind of type error for integer arrays
a = array.array('i', [1])
for bad in (1.5, '7', None, [1], 2 + 0j, b'x'):
    attempt('append %r' % (bad,), lambda: a.append(bad))
    attempt('set %r' % (bad,), lambda: a.__setitem__(0, bad))
print(a)

# bools and __index__ objects are accepted
class Seven:
    def __index__(self):
        return 7


a.append(True)
a.append(Seven())
a[0] = False
print(a)

# floats: no overflow, float32 saturates
f = array.array('f')
for value in (1e38, 3.5e38, -3.5e38, 1e-46, 2**100, 16777217):
    f.append(value)
print(f)
d = array.array('d', [2**1000, -2**1000])
print(d)
attempt('float from huge int', lambda: d.append(2**1024))
attempt('float from str', lambda: d.append('1'))
print(d.tolist() == [2.0**1000, -2.0**1000])
