# Exact pickle bytes of built-in values at every protocol, and round trips.
import pickle

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version)
print(pickle.compatible_formats)

values = [
    None, True, False,
    0, 1, 7, 255, 256, 65535, 65536, -1, -255, -65536,
    2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**63, -2**63, 2**64 + 5,
    10**40, -(10**40), 2**2047, -(2**2048),
    0.0, -0.0, 1.5, -2.25, 0.1, 1e300, 1e-300, 12345.678, float('inf'), float('-inf'),
    1 + 2j, -0.5j,
    '', 'a', 'hello world', 'caf\xe9', '\u20ac uro', '\U0001f600!', 'tab\there',
    'back\\slash', 'new\nline', 'cr\rlf', 'nul\x00byte', 'sub\x1achar', "quote's \"both\"",
    'x' * 300,
    b'', b'abc', b'\x00\x01\xff\x80', b'y' * 300,
    bytearray(), bytearray(b'ab\xff'),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),), (None, True, 'x'),
    [], [1], [1, 2], [[], [[]]], ['a', 'b', 'a'],
    {}, {'a': 1}, {1: 2, 3: 4}, {'k': [1, (2, 3)], 'j': {'n': None}},
    set(), {1}, {1, 2, 3}, frozenset(), frozenset({5}), frozenset({1, 2}),
]

for v in values:
    for proto in range(6):
        data = pickle.dumps(v, protocol=proto)
        back = pickle.loads(data)
        same = back == v or (v != v and back != back)
        if type(back) is not type(v):
            same = False
        shown = repr(v)
        if len(shown) > 40:
            shown = shown[:37] + '...'
        if len(data) > 120:
            data = data[:60] + b'...' + data[-20:] + (' (%d bytes)' % len(data)).encode()
        print(proto, shown, data, 'ok' if same else 'MISMATCH %r' % (back,))

# the default protocol and the negative protocol
print(pickle.dumps([1, 'a']) == pickle.dumps([1, 'a'], 4))
print(pickle.dumps([1, 'a'], -1) == pickle.dumps([1, 'a'], 5))
print(pickle.dumps([1, 'a'], protocol=None))

# signed zero and nan survive
print(repr(pickle.loads(pickle.dumps(-0.0, 0))), repr(pickle.loads(pickle.dumps(-0.0, 3))))
nan = pickle.loads(pickle.dumps(float('nan'), 2))
print(nan != nan, pickle.dumps(float('nan'), 0))

# mixed nested container
doc = {'name': 'widget', 'sizes': [1, 2.5, 10**20], 'tags': ('a', 'b'),
       'blob': b'\x00\xff', 'flags': {True: False}, 'nothing': None}
for proto in range(6):
    data = pickle.dumps(doc, proto)
    print(proto, len(data), pickle.loads(data) == doc)
print(pickle.dumps(doc, 2))
print(pickle.dumps(doc, 5))

# several built-in globals in one protocol 4/5 pickle share memoized names
mixed = [1j, bytearray(b'ab'), set(), frozenset(), len, getattr, int, str.join, range(3), Ellipsis]
for proto in (2, 3, 4, 5):
    data = pickle.dumps(mixed, proto)
    print(proto, data, pickle.loads(data) == mixed)
