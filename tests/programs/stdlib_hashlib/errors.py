# Errors raised by hashlib.
import hashlib

cases = [
    lambda: hashlib.sha256("text"),
    lambda: hashlib.sha256(None),
    lambda: hashlib.sha256(42),
    lambda: hashlib.md5(b"a").update("x"),
    lambda: hashlib.md5(b"a").update(5),
    lambda: hashlib.new("foo"),
    lambda: hashlib.new("md4x", b"abc"),
    lambda: hashlib.new(5),
    lambda: hashlib.new("md5", "x"),
    lambda: hashlib.sha3_256("x"),
    lambda: hashlib.sha3_256(None),
    lambda: hashlib.blake2b(None),
    lambda: hashlib.blake2b(digest_size=65),
    lambda: hashlib.blake2b(digest_size=0),
    lambda: hashlib.blake2s(digest_size=33),
    lambda: hashlib.blake2b(key=b"x" * 65),
    lambda: hashlib.blake2s(key=b"x" * 33),
    lambda: hashlib.blake2b(salt=b"x" * 17),
    lambda: hashlib.blake2s(person=b"x" * 9),
    lambda: hashlib.blake2b("text"),
    lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 0),
    lambda: hashlib.pbkdf2_hmac("sha256", "pw", b"salt", 1),
    lambda: hashlib.pbkdf2_hmac("sha1", b"pw", b"salt", 1, 0),
]
for i, c in enumerate(cases):
    try:
        print(i, c())
    except (TypeError, ValueError) as e:
        print(i, type(e).__name__, e)
try:
    hashlib.pbkdf2_hmac("nope", b"pw", b"salt", 1)
except ValueError as e:
    print("pbkdf2 unknown digest is a ValueError:", isinstance(e, ValueError))
