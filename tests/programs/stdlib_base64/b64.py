# Standard and URL-safe Base64, altchars, validate.
import base64
import binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\xfb\xff\xfe"]
for s in samples[:7] + samples[8:]:
    e = base64.b64encode(s)
    print(s, e, base64.b64decode(e) == s, base64.urlsafe_b64encode(s), base64.standard_b64encode(s) == e)
big = base64.b64encode(samples[7])
print(big[:40], len(big), base64.b64decode(big) == samples[7])
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64encode(b"\xfb\xff", altchars=b"/+"))
print(base64.b64decode(b"-_8=", altchars=b"-_"), base64.b64decode("-_8=", altchars="-_"))
print(base64.urlsafe_b64decode(b"-__-"), base64.urlsafe_b64decode("-__-"), base64.standard_b64decode(b"+//+"))
print(base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode(bytearray(b"YQ==")))
print(base64.b64decode(b"aGVs\nbG8=\n"), base64.b64decode(b"aGVs!bG8="))
for s in [b"aGVs!bG8=", b"aGVsbG8=x", b"aGVs bG8=", b"aGVsbA=", b"YQ", b"aGVsbG8="]:
    try:
        print(s, base64.b64decode(s, validate=True))
    except binascii.Error as e:
        print(s, "Error:", e)
cases = [
    lambda: base64.b64decode(5),
    lambda: base64.b64decode("é"),
    lambda: base64.b64encode("x"),
    lambda: base64.b64encode(b"x", altchars=b"-"),
    lambda: base64.b64decode(b"x", altchars=b"-"),
    lambda: base64.b64encode(b"\xfb\xff", altchars="-_"),
    lambda: base64.b64decode(b"abcde"),
    lambda: base64.urlsafe_b64decode(b"YQ"),
]
for c in cases:
    try:
        print(c())
    except (binascii.Error, ValueError, TypeError, AssertionError) as e:
        print(type(e).__name__, e)
