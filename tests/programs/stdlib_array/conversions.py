# Converting arrays to and from bytes, lists, strings and files.
import array
import io
import os


def attempt(label, func):
    try:
        result = func()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=>', repr(result))


samples = {
    'b': [-128, 0, 127], 'B': [0, 128, 255], 'h': [-1, 2, 300], 'H': [1, 65535],
    'i': [-(2**31), 7, 2**31 - 1], 'I': [0, 2**32 - 1], 'l': [-(2**63), 5],
    'L': [2**64 - 1, 3], 'q': [-1, 2**40], 'Q': [2**63, 1], 'f': [1.5, -0.25],
    'd': [3.141592653589793, -1e300], 'u': ['a', '\xe9', '\u20ac', '\U0001f600'],
}
for code, values in samples.items():
    a = array.array(code, values)
    raw = a.tobytes()
    print(code, len(raw), raw)
    b = array.array(code)
    b.frombytes(raw)
    b.frombytes(bytearray(raw[:a.itemsize]))
    print('  frombytes:', b.tolist(), b == a + a[:1])
    c = array.array(code)
    c.fromlist(a.tolist())
    print('  fromlist:', c == a, type(c.tolist()).__name__, c.tolist() == values)

attempt('frombytes str', lambda: array.array('i').frombytes('abcd'))
attempt('frombytes odd', lambda: array.array('i').frombytes(b'abc'))
attempt('frombytes int', lambda: array.array('i').frombytes(5))
attempt('frombytes memoryview', lambda: array.array('h', [9]).frombytes(memoryview(b'\x01\x00')))
x = array.array('h', [1])
attempt('frombytes h array', lambda: x.frombytes(array.array('h', [2, 3])))
x.frombytes(array.array('B', [2, 0]))
print(x)
attempt('fromlist tuple', lambda: array.array('i').fromlist((1, 2)))
attempt('fromlist str', lambda: array.array('u').fromlist('ab'))
y = array.array('i', [1, 2])
attempt('fromlist partly bad', lambda: y.fromlist([3, 4, 'five']))
print('unchanged:', y)

# unicode conversions
u = array.array('u', 'hello')
u.fromunicode(', world')
print(u, u.tounicode(), len(u))
attempt('fromunicode bytes', lambda: u.fromunicode(b'x'))
attempt('fromunicode on i', lambda: array.array('i').fromunicode('x'))
attempt('tounicode on i', lambda: array.array('i', [65]).tounicode())
print(repr(array.array('u').tounicode()))

# files
path = 'conversions_tmp.bin'
data = array.array('H', range(0, 50000, 7))
with open(path, 'wb') as f:
    data.tofile(f)
print(os.path.getsize(path), len(data) * data.itemsize)
back = array.array('H')
with open(path, 'rb') as f:
    back.fromfile(f, 100)
    back.fromfile(f, len(data) - 100)
    attempt('past the end', lambda: back.fromfile(f, 1))
print(back == data, len(back))
with open(path, 'rb') as f:
    short = array.array('H')
    attempt('ask for too many', lambda: short.fromfile(f, len(data) + 5))
    print('kept what was read:', len(short), short[-1])
os.remove(path)

buf = io.BytesIO()
array.array('d', [0.5, 2.0]).tofile(buf)
array.array('d', [4.0]).tofile(buf)
print(buf.getvalue())
buf.seek(0)
z = array.array('d')
z.fromfile(buf, 3)
print(z)
buf = io.BytesIO(b'\x01\x00\x02')
w = array.array('h')
attempt('odd bytes from file', lambda: w.fromfile(buf, 2))
print(w)
attempt('negative count', lambda: w.fromfile(io.BytesIO(b''), -1))
attempt('count not int', lambda: w.fromfile(io.BytesIO(b''), 1.0))
attempt('zero count', lambda: w.fromfile(io.BytesIO(b''), 0))
attempt('tofile without write', lambda: w.tofile(42))
attempt('fromfile without read', lambda: w.fromfile(42, 1))
print(bytes(array.array('h', [1, 256])))
