# Loading older-style opcode streams, and protocol 5 out-of-band buffers.
import io
import pickle


class Legacy:
    def __init__(self, *args):
        self.init_args = args

    def __repr__(self):
        return 'Legacy(%s)' % ', '.join('%s=%r' % kv for kv in sorted(vars(self).items()))


class Keeper:
    def __setstate__(self, state):
        self.restored = state

    def __repr__(self):
        return 'Keeper(%r)' % (self.restored,)


streams = [
    # protocol 0 text forms
    b'(I1\nI2\nI3\nt.',
    b'(lp0\nI1\naI2\na.',
    b'(dp0\nVk\np1\nI5\nsVj\np2\nF2.5\ns.',
    b'(I1\n(lp1\ng1\ntp2\n.',
    b'(lp0\n(lp1\nag1\na.',
    b'L123456789012345678901234567890L\n.',
    b'L-5\n.',
    b'I01\n.', b'I00\n.', b'I-42\n.', b'F-0.0\n.', b'Finf\n.', b'F1e-05\n.',
    b'N2t.' if False else b'(N2t.',
    b"S'plain'\n.",
    b'S"dq \\"x\\""\n.',
    b"S'\\101\\x42\\n\\\\'\n.",
    b'V\\u20ac \\U0001f600 caf\xe9\n.',
    b'V\\\\u0041\n.',
    b'V\\\\\\u0041\n.',
    b'(i__main__\nLegacy\n(dp0\nVcolor\np1\nVred\np2\nsb.',
    b'(i__main__\nLegacy\nI7\nVx\n(dp0\nb.',
    b'(c__main__\nLegacy\nI1\nI2\no.',
    b'(c__main__\nKeeper\no(lp0\nI9\nab.',
    b'ccopy_reg\n_reconstructor\n(c__main__\nLegacy\nc__builtin__\nobject\nNtR(dVa\nI1\nsb.',
    b'ccopy_reg\n_reconstructor\n(c__main__\nKeeper\nc__builtin__\nobject\nNtRVstate\nb.',
    # protocol 1 binary forms
    b']q\x00(K\x01K\x02M\x00\x01J\xff\xff\xff\xffe.',
    b'}q\x00(U\x01aq\x01K\x01U\x01bq\x02h\x01u.',
    b'(K\x01K\x02tq\x00.',
    b'T\x05\x00\x00\x00hello.',
    b'G@\t!\xfbTD-\x18.',
    b'(K\x011N.',
    b'K\x052.',
    b'K\x05K\x060.',
    # protocol 2-4 specifics
    b'\x80\x02\x8a\x00.', b'\x80\x02\x8a\x01\xff.', b'\x80\x02\x8b\x02\x00\x00\x00\x00\x80.',
    b'\x80\x03C\x02hiB\x03\x00\x00\x00abc\x86.',
    b'\x80\x04\x8e\x02\x00\x00\x00\x00\x00\x00\x00ok.',
    b'\x80\x04\x8d\x02\x00\x00\x00\x00\x00\x00\x00ok.',
    b'\x80\x04\x8f\x94(K\x01K\x02\x90h\x00\x86.',
    b'\x80\x04(K\x03K\x04\x91\x94.',
    b'\x80\x04\x8c\x08__main__\x94\x8c\x06Legacy\x94\x93\x94)}\x94\x8c\x04kwds\x94K\x01s\x92\x94.',
    b'\x80\x02c__main__\nLegacy\nq\x00)\x81q\x01}q\x02X\x01\x00\x00\x00zq\x03K\x02sb.',
    b'\x80\x05\x96\x03\x00\x00\x00\x00\x00\x00\x00abc\x94.',
]
for data in streams:
    try:
        value = pickle.loads(data)
        print(data, '->', type(value).__name__, repr(value))
    except Exception as e:
        print(data, '->', type(e).__name__, e)

# Python 2 byte strings under the encodings
for enc in ('ASCII', 'latin1', 'bytes', 'utf-8'):
    try:
        print(enc, repr(pickle.loads(b"(U\x03a\xc3\xa9S'x'\nt.", encoding=enc)))
    except Exception as e:
        print(enc, type(e).__name__, e)

# protocol 5: PickleBuffer in band and out of band
ro = pickle.PickleBuffer(b'read-only data')
rw = pickle.PickleBuffer(bytearray(b'writable'))
print(pickle.dumps(ro, 5))
print(pickle.dumps(rw, 5))
print(pickle.dumps([ro, rw, ro], 5))
for proto in range(5):
    try:
        pickle.dumps(ro, proto)
    except pickle.PicklingError as e:
        print(proto, type(e).__name__, e)
collected = []
data = pickle.dumps([ro, rw, 'tail'], 5, buffer_callback=collected.append)
print(data, len(collected))
print([type(x).__name__ for x in collected])
print([bytes(x.raw()) for x in collected])
back = pickle.loads(data, buffers=[b'first', bytearray(b'second')])
print(back[0], back[1], back[2])
back = pickle.loads(data, buffers=iter([bytearray(b'ro'), bytearray(b'rw')]))
print(type(back[0]).__name__, bytes(back[0]), type(back[1]).__name__, back[1])
try:
    pickle.loads(data)
except pickle.UnpicklingError as e:
    print(type(e).__name__, e)
try:
    pickle.loads(data, buffers=[b'only one'])
except pickle.UnpicklingError as e:
    print(type(e).__name__, e)
keep = []
data = pickle.dumps([ro, rw], 5, buffer_callback=lambda b: len(keep) or keep.append(b))
print(data, len(keep))
f = io.BytesIO()
pickle.Pickler(f, 5, buffer_callback=lambda b: False).dump(ro)
print(f.getvalue())
print(pickle.Unpickler(io.BytesIO(f.getvalue()), buffers=[b'zz']).load())

# exact multiples of the batch size
for n in (1000, 2000):
    for value in (list(range(n)), dict.fromkeys(range(n)), set(range(n))):
        for proto in (1, 4):
            data = pickle.dumps(value, proto)
            print(n, type(value).__name__, proto, len(data), data[-6:], pickle.loads(data) == value)
