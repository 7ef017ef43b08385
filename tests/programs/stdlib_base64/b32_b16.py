# Base32 (standard and extended hex) and Base16.
import base64
import binascii

for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"\x00\xff" * 7]:
    e = base64.b32encode(s)
    h = base64.b32hexencode(s)
    x = base64.b16encode(s)
    print(s, e, h, x, base64.b32decode(e) == s, base64.b32hexdecode(h) == s, base64.b16decode(x) == s)
print(base64.b32encode(bytearray(b"ab")), base64.b32decode("MZXW6==="), base64.b32decode(b"mzxw6===", casefold=True))
print(base64.b32decode(b"0Z======", map01=b"L"), base64.b32decode(b"1Z======", map01=b"L"), base64.b32decode(b"1Z======", map01=b"I"))
print(base64.b32hexdecode(b"cpnmu===", casefold=True), base64.b16decode(b"0a0b", casefold=True), base64.b16decode("0A"))
bad = [
    lambda: base64.b32decode(b"MZXW6"),
    lambda: base64.b32decode(b"MZXW6==1"),
    lambda: base64.b32decode(b"mzxw6==="),
    lambda: base64.b32decode(b"MZXW6Y=="),
    lambda: base64.b32decode(b"M======="),
    lambda: base64.b32decode(b"========"),
    lambda: base64.b32decode(b"MZ!====="),
    lambda: base64.b32decode(b"IE======", map01=b"LL"),
    lambda: base64.b32encode("x"),
    lambda: base64.b32encode(5),
    lambda: base64.b32hexdecode(b"W0======"),
    lambda: base64.b16decode(b"0a0b"),
    lambda: base64.b16decode(b"0A0"),
    lambda: base64.b16decode(b"0G"),
    lambda: base64.b16encode("x"),
]
for c in bad:
    try:
        print(c())
    except (binascii.Error, ValueError, TypeError, AssertionError) as e:
        print(type(e).__name__, e)
