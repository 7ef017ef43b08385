# Integer codes: boundaries of every size, in both byte orders.
import struct

for code, bits, signed in [("b", 8, True), ("B", 8, False), ("h", 16, True), ("H", 16, False),
                           ("i", 32, True), ("I", 32, False), ("l", 32, True), ("L", 32, False),
                           ("q", 64, True), ("Q", 64, False)]:
    lo = -(1 << (bits - 1)) if signed else 0
    hi = (1 << (bits - 1)) - 1 if signed else (1 << bits) - 1
    for order in "<>!=":
        fmt = order + code
        packed = [struct.pack(fmt, v) for v in (lo, hi, 0, 1)]
        back = [struct.unpack(fmt, p)[0] for p in packed]
        print(fmt, struct.calcsize(fmt), [p.hex() for p in packed], back == [lo, hi, 0, 1])
        for bad in (lo - 1, hi + 1):
            try:
                struct.pack(fmt, bad)
            except struct.error as e:
                print("  ", bad, "->", e)

for code in "bBhHiIlLqQnN":
    fmt = "@" + code
    size = struct.calcsize(fmt)
    v = 100 if code.isupper() else -100
    print(fmt, size, struct.pack(fmt, v).hex(), struct.unpack(fmt, struct.pack(fmt, v)))
    try:
        struct.pack(fmt, 1 << 64)
    except struct.error as e:
        print("  ", e)

print(struct.pack("P", 12345).hex(), struct.unpack("P", struct.pack("P", -1)))
for bad in (1 << 64, -(1 << 63) - 1, "x", 1.0):
    try:
        print(struct.pack("P", bad))
    except struct.error as e:
        print("P", repr(bad), e)

# multi-value formats with repeat counts
print(struct.pack(">3H2b", 1, 2, 3, -1, -2).hex())
print(struct.unpack(">3H2b", bytes.fromhex("000100020003fffe")))
print(struct.unpack("<10B", bytes(range(10))))
print(struct.pack("<0i"), struct.unpack("<0i", b""))
