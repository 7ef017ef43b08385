# struct.error and other exceptions, with CPython's messages.
import struct

cases = [
    lambda: struct.pack("i"),
    lambda: struct.pack("i", 1, 2),
    lambda: struct.pack("2i", 1),
    lambda: struct.pack("i", "x"),
    lambda: struct.pack("i", 1.5),
    lambda: struct.pack("i", None),
    lambda: struct.pack("b", 200),
    lambda: struct.pack("B", -1),
    lambda: struct.pack("<h", 70000),
    lambda: struct.pack(">H", -1),
    lambda: struct.pack("i", 2**40),
    lambda: struct.pack("=I", 2**32),
    lambda: struct.pack("l", 2**70),
    lambda: struct.pack("<l", 2**40),
    lambda: struct.pack("<L", -1),
    lambda: struct.pack("q", 2**70),
    lambda: struct.pack("Q", 2**64),
    lambda: struct.pack("n", 2**70),
    lambda: struct.pack("N", -1),
    lambda: struct.pack("P", 2**70),
    lambda: struct.pack("P", -1),
    lambda: struct.pack("c", b"ab"),
    lambda: struct.pack("c", "a"),
    lambda: struct.pack("c", 97),
    lambda: struct.pack("f", "x"),
    lambda: struct.pack("d", 10**400),
    lambda: struct.pack("e", None),
    lambda: struct.pack("s", 1),
    lambda: struct.pack("5s", "abc"),
    lambda: struct.pack("p", "a"),
    lambda: struct.unpack("i", b"abc"),
    lambda: struct.unpack("i", "abcd"),
    lambda: struct.unpack("i", 5),
    lambda: struct.calcsize("z"),
    lambda: struct.calcsize("<n"),
    lambda: struct.calcsize("!P"),
    lambda: struct.calcsize("3"),
    lambda: struct.calcsize("4 i"),
    lambda: struct.calcsize("99999999999999999999i"),
    lambda: struct.calcsize("<1000000000000000000q"),
    lambda: struct.unpack_from("i", b"ab", 0),
    lambda: struct.unpack_from("i", b"abcdef", 4),
    lambda: struct.unpack_from("i", b"abcdef", -10),
    lambda: struct.unpack_from("i", b"abcdef", -2),
    lambda: struct.unpack_from("q", b"abcdef", -7),
    lambda: struct.unpack_from("i", b"abcdef", "1"),
    lambda: struct.pack_into("i", bytearray(5), 2, 1),
    lambda: struct.pack_into("i", bytearray(5), -10, 1),
    lambda: struct.pack_into("i", bytearray(5), -2, 1),
    lambda: struct.pack_into("i", b"abcdef", 0, 1),
    lambda: struct.pack_into("i", "abcdef", 0, 1),
    lambda: struct.pack_into("i", bytearray(5)),
    lambda: struct.pack_into("i"),
    lambda: struct.pack_into("i", bytearray(8), 0),
    lambda: struct.pack_into("i", bytearray(8), "x", 1),
    lambda: list(struct.iter_unpack("i", b"abcdefg")),
    lambda: struct.iter_unpack("", b""),
    lambda: struct.iter_unpack("0i", b""),
    lambda: struct.Struct(5),
    lambda: struct.pack(5),
    lambda: struct.Struct("i").pack_into(bytearray(2), 0, 5),
    lambda: struct.pack("<e", 65520.0),
    lambda: struct.pack(">f", -1e39),
]
for i, case in enumerate(cases):
    try:
        print(i, "ok", case())
    except struct.error as e:
        print(i, "struct.error:", e)
    except (TypeError, OverflowError, ValueError) as e:
        print(i, type(e).__name__ + ":", e)

print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
buf = bytearray(b"0123456789")
struct.pack_into(">H", buf, -2, 0x4142)
struct.pack_into("<H", buf, 0, 0x4142)
print(buf)
print(list(struct.iter_unpack("x0i", b"")))
it = struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
