# Native ('@') alignment versus standard sizes without padding.
import struct

formats = ["ci", "ic", "cq", "ce", "c?", "cP", "cd", "cf", "c0i", "c0s", "bhbi", "hq", "3s i",
           "c2h", "cn", "c3x i", "?d", "bNb", "ch0q", "4sq", "qc", "iii0q"]
for f in formats:
    print(f.ljust(8), struct.calcsize(f), struct.calcsize("@" + f), struct.calcsize("<" + f.replace("n", "q").replace("N", "Q").replace("P", "Q")))

print(struct.pack("@bq", 1, 2).hex())
print(struct.pack("=bq", 1, 2).hex())
print(struct.pack("@chid", b"z", 1, 2, 3.0).hex())
print(struct.unpack("@chid", struct.pack("@chid", b"z", -1, -2, -3.5)))
print(struct.pack("@c0q", b"a").hex(), struct.pack("@ic", 1, b"A").hex())


# A C-like struct array: struct point { char tag; double x, y; int id; }
point = struct.Struct("@cddi")
print(point.size)
data = bytearray(point.size * 3)
for i in range(3):
    point.pack_into(data, i * point.size, bytes([65 + i]), i * 1.5, -i / 4, i * 100)
print(data.hex())
for tag, x, y, ident in point.iter_unpack(bytes(data)):
    print(tag, x, y, ident)
print(point.unpack_from(data, point.size))
print(point.unpack_from(data, offset=-point.size))
