# Packing a binary record format: headers, strings, bools and round trips.
import struct

HEADER = struct.Struct("<4sHHI")
print(HEADER.format, HEADER.size)
blob = HEADER.pack(b"FRTN", 1, 2, 0xDEADBEEF)
print(blob, blob.hex())
magic, major, minor, flags = HEADER.unpack(blob)
print(magic, major, minor, hex(flags))

records = [(1, b"alice", 3.5, True), (2, b"bob", -0.25, False), (300, b"a-very-long-name", 1e10, True)]
rec = struct.Struct(">H10sd?")
packed = b"".join(rec.pack(*r) for r in records)
print(len(packed), rec.size)
for item in rec.iter_unpack(packed):
    ident, name, score, active = item
    print(ident, name.rstrip(b"\x00"), score, active)

for fmt in ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "P", "e", "f", "d", "?", "c", "x", "s", "p"]:
    for order in ["", "@", "=", "<", ">", "!"]:
        try:
            print(repr(order + fmt), struct.calcsize(order + fmt), end="; ")
        except struct.error as e:
            print(repr(order + fmt), "error:", e, end="; ")
    print()

print(struct.pack("<bBhHiIlLqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**32 - 1, -5, 2**64 - 1).hex())
print(struct.pack(">bBhHiIlLqQ", -128, 0, -32768, 0, -2**31, 0, -2**31, 0, -2**63, 0).hex())
print(struct.unpack("<bBhHiIlLqQ", bytes(range(1, 39))))
print(struct.unpack(">bBhHiIlLqQ", bytes(range(200, 238))))
print(struct.pack("@qnNP", -1, -2, 3, 4).hex())
print(struct.unpack("@qnNP", bytes(range(32))))
print(struct.pack("3s", b"abcdef"), struct.pack("6s", b"ab"), struct.pack("s", b""), struct.pack("0s", b"zz"))
print(struct.pack("5p", b"hello world"), struct.pack("10p", b"hi"), struct.unpack("5p", b"\x09abcd"))
print(struct.pack("300p", b"x" * 400)[:4], len(struct.pack("300p", b"x" * 400)))
print(struct.unpack("3c2x?", b"abc\x00\x00\x07"))
print(struct.pack("?????", 0, 1, [], [0], "x"))
print(struct.pack("2c", b"x", b"y"), struct.pack("4x"), struct.calcsize(" 2h i "))
print(struct.pack(b"<h", 5), struct.unpack(b"<h", b"\x05\x00"), struct.Struct(b">i").format)
print(struct.unpack("<h", bytearray(b"\xff\xfe")), struct.pack("s", bytearray(b"xy")))


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(struct.pack("<iH", Index(-7), Index(9)), struct.pack("<d", Index(3)))
print(struct.pack("<q", True), struct.pack("1000x")[:3], struct.calcsize("1000000000i"))
s1 = struct.Struct("ihq")
print(s1.size, struct.calcsize("ihq"), struct.calcsize("qhi"), struct.calcsize("=ihq"))
