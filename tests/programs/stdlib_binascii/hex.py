# hexlify / unhexlify with separators, and their errors.
import binascii

data = bytes(range(0, 256, 17))
print(binascii.hexlify(data))
print(binascii.b2a_hex(data, "-"))
print(binascii.hexlify(data, b":", 2))
print(binascii.hexlify(data, " ", -3))
print(binascii.hexlify(data, "|", 4), binascii.hexlify(data, "|", -4))
print(binascii.hexlify(data, "_", 0), binascii.hexlify(b"", ":"), binascii.hexlify(b"\x01", ":"))
print(binascii.hexlify(bytearray(b"hello")), binascii.hexlify(b"\x01\x02\x03", sep=".", bytes_per_sep=2))
print(binascii.unhexlify(b"48656c6c6f"), binascii.a2b_hex("DEADbeef"), binascii.unhexlify(bytearray(b"00ff")))
print(binascii.unhexlify(""))
for h in [data, b"x"]:
    assert binascii.unhexlify(binascii.hexlify(h)) == h
for args in [("0a0",), ("zz",), (b"0a 0b",), ("é0",), (5,), (None,)]:
    try:
        print(binascii.unhexlify(*args))
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for args in [("abc",), (b"ab", "--"), (b"ab", b""), (b"ab", 5), (7,)]:
    try:
        print(binascii.hexlify(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
try:
    binascii.a2b_hex("1")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)
