# Bit-exact packing of 'e', 'f' and 'd' over many values, compared through a checksum.
import struct
import math

state = 12345


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) & ((1 << 64) - 1)
    return state >> 11


def checksum(data, acc):
    for b in data:
        acc = (acc * 31 + b) & 0xFFFFFFFF
    return acc


values = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 1 / 3, 2.0 ** -24, 2.0 ** -25, 3 * 2.0 ** -26,
          65504.0, 65519.99, 6.1e-5, 6.0e-5, 1e-7, 3.4028234e38, 1.17549435e-38,
          1.1754942e-38, 1e-45, 2e-45, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, math.pi, math.e, float("inf"), float("-inf")]
for _ in range(400):
    bits = rnd() | ((rnd() & 0x7FF) << 53)
    x = struct.unpack("<d", bits.to_bytes(8, "little"))[0]
    if x == x:
        values.append(x)
for _ in range(300):
    m = (rnd() % 100000) / 997.0
    e = rnd() % 60 - 30
    values.append(math.ldexp(m, e))
    values.append(-math.ldexp(m, e - 120))

acc = {"e": 0, "f": 0, "d": 0}
overflow = {"e": 0, "f": 0}
roundtrip_ok = 0
for x in values:
    for code in "efd":
        for order in "<>":
            try:
                data = struct.pack(order + code, x)
            except OverflowError:
                overflow[code] += 1
                continue
            acc[code] = checksum(data, acc[code])
            y = struct.unpack(order + code, data)[0]
            if struct.pack(order + code, y) == data:
                roundtrip_ok += 1
    d = struct.pack("d", x)
    if struct.unpack("d", d)[0] == x or x != x:
        roundtrip_ok += 1

print(len(values), acc, overflow, roundtrip_ok)
for x in values[:40]:
    out = []
    for code in "efd":
        try:
            out.append(struct.pack(">" + code, x).hex())
        except OverflowError as exc:
            out.append("overflow")
    print(repr(x), out, struct.unpack("<f", struct.pack("<f", x))[0] if abs(x) < 3e38 else "-")

nan_bytes = struct.pack("<d", float("nan"))
print(nan_bytes.hex(), struct.pack("<f", float("nan")).hex(), struct.pack("<e", float("nan")).hex())
print(math.isnan(struct.unpack("<e", b"\x01\x7c")[0]), struct.unpack("<e", b"\x00\x7c"), struct.unpack(">e", b"\xfc\x00"))
print(struct.unpack("<f", b"\x00\x00\x80\x7f"), struct.unpack(">d", b"\xff\xf0" + bytes(6)))
print(math.copysign(1.0, struct.unpack("<e", b"\x00\x80")[0]))
print(struct.pack("f", 1e300).hex(), struct.pack("@f", -1e300).hex())
for bad in [1e300, 3.40282357e38, -1e39]:
    try:
        struct.pack("<f", bad)
    except OverflowError as exc:
        print(type(exc).__name__, exc)
for bad in [65520.0, -65536.0, 1e10]:
    try:
        struct.pack("e", bad)
    except OverflowError as exc:
        print(type(exc).__name__, exc)
print(struct.pack("<e", 65519.0).hex(), struct.pack("<f", 3.4028235e38).hex())
print(struct.pack("<d", 3).hex(), struct.pack("<f", True).hex(), struct.pack("<e", -2).hex())
