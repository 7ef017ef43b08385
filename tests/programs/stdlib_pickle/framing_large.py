# Protocol 4/5 framing with big payloads, and large containers at every protocol.
import io
import pickle


def checksum(data):
    total = 0
    for i in range(0, len(data), 7):
        total = (total * 131 + data[i]) % 2147483647
    return total


def frames(data):
    """Walk the top-level frame headers (protocol 4+ output only)."""
    out = []
    pos = 2
    while pos < len(data):
        if data[pos] == 0x95:
            size = int.from_bytes(data[pos + 1:pos + 9], 'little')
            out.append(('FRAME', pos, size))
            pos += 9 + size
        else:
            op = data[pos]
            if op in (0x42, 0x58):        # BINBYTES / BINUNICODE outside a frame
                size = int.from_bytes(data[pos + 1:pos + 5], 'little')
                out.append((chr(op), pos, size))
                pos += 5 + size
            elif op == 0x96:              # BYTEARRAY8 outside a frame
                size = int.from_bytes(data[pos + 1:pos + 9], 'little')
                out.append(('BYTEARRAY8', pos, size))
                pos += 9 + size
            else:
                out.append(('raw', pos, data[pos:pos + 1]))
                pos += 1
    return out


cases = {
    'ints': list(range(30000)),
    'big bytes': [b'x' * 70000, 'y' * 70000, b'z' * 10],
    'exact 64k bytes': [1, b'q' * 65536, 2],
    'under 64k bytes': [1, b'q' * 65535, 2],
    'big str': [1, 's' * 65536, 2],
    'two 40k strs': ['a' * 40000, 'b' * 40000],
    'three 40k strs': ['a' * 40000, 'b' * 40000, 'c' * 40000],
    'small': [1, 2, 3],
    'tiny': 5,
    'bytearray': [1, bytearray(b'w' * 65536), 2],
    'nested': [[i, str(i), float(i)] for i in range(3000)],
    'dict': {str(i): i for i in range(5000)},
}
for name, value in cases.items():
    for proto in (4, 5):
        data = pickle.dumps(value, proto)
        back = pickle.loads(data)
        print(name, proto, len(data), checksum(data), frames(data)[:6], back == value)
        f = io.BytesIO()
        pickle.dump(value, f, proto)
        print('  same through a file:', f.getvalue() == data)
        f.seek(0)
        print('  load from file:', pickle.load(f) == value, f.tell() == len(data))

for name in ('ints', 'big bytes', 'nested', 'dict'):
    for proto in range(4):
        data = pickle.dumps(cases[name], proto)
        print(name, proto, len(data), checksum(data), pickle.loads(data) == cases[name])

# a frame boundary falls between two pickles in the same file
f = io.BytesIO()
pickle.dump(['first'] * 20000, f, 4)
pickle.dump({'second': b'\x00' * 100000}, f, 5)
pickle.dump('third', f, 4)
f.seek(0)
print(len(pickle.load(f)), len(pickle.load(f)['second']), pickle.load(f))
