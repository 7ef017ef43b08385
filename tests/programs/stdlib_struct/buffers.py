# pack_into / unpack_from over a shared bytearray, a tiny binary file format.
import struct

ENTRY = struct.Struct("<HIf8s")
HEADER = struct.Struct("<4sBBH")


def build(entries):
    buf = bytearray(HEADER.size + ENTRY.size * len(entries))
    HEADER.pack_into(buf, 0, b"TBL1", 1, 0, len(entries))
    for i, (key, value, weight, label) in enumerate(entries):
        ENTRY.pack_into(buf, HEADER.size + i * ENTRY.size, key, value, weight, label)
    return buf


def parse(data):
    magic, major, minor, count = HEADER.unpack_from(data)
    assert magic == b"TBL1", magic
    out = []
    for i in range(count):
        key, value, weight, label = ENTRY.unpack_from(data, HEADER.size + i * ENTRY.size)
        out.append((key, value, round(weight, 4), label.rstrip(b"\0").decode()))
    return (major, minor), out


entries = [(1, 100, 0.5, b"one"), (2, 2**32 - 1, -1.25, b"two"), (65535, 0, 3.14159, b"eightchr")]
buf = build(entries)
print(len(buf), buf[:8].hex(), bytes(buf[-8:]))
print(parse(buf))
print(parse(bytes(buf)))

# overwrite one field in place, using a negative offset
struct.pack_into("<8s", buf, -8, b"changed")
print(parse(buf)[1][-1])
struct.pack_into("<H", buf, HEADER.size, 7)
print(parse(buf)[1][0])

# unpack_from with keyword offset and a partial read
print(struct.unpack_from("<I", buf, offset=HEADER.size + 2))
print(struct.unpack_from("<4s", buf))

# iter_unpack over the entries region
region = bytes(buf[HEADER.size:])
for key, value, weight, label in ENTRY.iter_unpack(region):
    print(key, value, weight, label)

# module-level cache does not confuse str and bytes formats
print(struct.calcsize("<HIf8s"), struct.calcsize(b"<HIf8s"), struct.calcsize("HIf8s"))
s = struct.Struct("<q")
print(s.pack(-(2**63)), s.unpack(b"\xff" * 8), s.size, s.format)
data = bytearray(16)
for off in range(0, 16, 8):
    s.pack_into(data, off, off * 1000 - 5)
print(data.hex(), list(s.iter_unpack(data)))
