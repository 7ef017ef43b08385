# Creating arrays: type codes, item sizes, initializers and their errors.
import array


def attempt(label, func):
    try:
        print(label, '=>', repr(func()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


print(array.typecodes, array.ArrayType is array.array)
for code in array.typecodes:
    a = array.array(code)
    print(code, a.itemsize, a.typecode, repr(a), len(a), bool(a))

# initializers of every kind
attempt('list', lambda: array.array('i', [1, -2, 3]))
attempt('tuple', lambda: array.array('h', (4, 5)))
attempt('range', lambda: array.array('l', range(3)))
attempt('generator', lambda: array.array('Q', (x * x for x in range(4))))
attempt('bytes', lambda: array.array('B', b'\x00\x7f\xff'))
attempt('bytes signed', lambda: array.array('b', b'\x00\x7f\xff\x80'))
attempt('bytes h', lambda: array.array('h', b'\x01\x00\xff\xff'))
attempt('bytearray i', lambda: array.array('i', bytearray(b'\x02\x00\x00\x00')))
attempt('bytes d', lambda: array.array('d', b'\x00\x00\x00\x00\x00\x00\xf0?'))
attempt('bytes bad length', lambda: array.array('h', b'\x01\x00\x02'))
attempt('other array', lambda: array.array('d', array.array('b', [1, 2])))
attempt('narrowing array', lambda: array.array('b', array.array('i', [1, 300])))
attempt('str for u', lambda: array.array('u', 'text'))
attempt('list for u', lambda: array.array('u', ['a', 'b']))
attempt('u from u array', lambda: array.array('u', array.array('u', 'xy')))
attempt('floats', lambda: array.array('d', [1, 2.5, True, -0.0]))
attempt('float32', lambda: array.array('f', [0.1, 1 / 3, 1e-50, 3.4028235e38, 1e39, -1e39]))
attempt('float specials', lambda: array.array('d', [float('inf'), float('-inf')]))
attempt('bools', lambda: array.array('B', [True, False]))

class Index:
    def __index__(self):
        return 42


class Floaty:
    def __float__(self):
        return 1.25


attempt('__index__ int', lambda: array.array('i', [Index()]))
attempt('__index__ float', lambda: array.array('d', [Index()]))
attempt('__float__ float', lambda: array.array('d', [Floaty()]))

# errors
attempt('bad code', lambda: array.array('x'))
attempt('bad code w', lambda: array.array('w', [1]))
attempt('two letters', lambda: array.array('ii'))
attempt('empty code', lambda: array.array(''))
attempt('int code', lambda: array.array(5))
attempt('bytes code', lambda: array.array(b'i'))
attempt('no args', lambda: array.array())
attempt('three args', lambda: array.array('i', [], None))
attempt('keyword', lambda: array.array(typecode='i'))
attempt('str for i', lambda: array.array('i', 'abc'))
attempt('str for d', lambda: array.array('d', 'abc'))
attempt('str for bad code', lambda: array.array('z', 'abc'))
attempt('u array for i', lambda: array.array('i', array.array('u', 'ab')))
attempt('i array for u', lambda: array.array('u', array.array('i', [97])))
attempt('not iterable', lambda: array.array('i', 5))
attempt('None', lambda: array.array('i', None))
attempt('float in int array', lambda: array.array('i', [1.0]))
attempt('str in int array', lambda: array.array('b', ['1']))
attempt('None in int array', lambda: array.array('H', [None]))
attempt('str in float array', lambda: array.array('d', ['1.0']))
attempt('complex in float array', lambda: array.array('f', [1j]))
attempt('None in float array', lambda: array.array('d', [None]))
attempt('huge int to float', lambda: array.array('d', [10 ** 400]))
attempt('int in u array', lambda: array.array('u', [65]))
attempt('two chars in u', lambda: array.array('u', ['ab']))
attempt('empty str in u', lambda: array.array('u', ['']))

# typecode and itemsize are read-only
a = array.array('i')
for name in ('typecode', 'itemsize'):
    try:
        setattr(a, name, 'd')
    except AttributeError as e:
        print(name, type(e).__name__, e)
try:
    a.anything = 1
except AttributeError as e:
    print('no new attributes', type(e).__name__)
