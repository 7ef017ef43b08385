# pbkdf2_hmac (RFC 6070 vectors) and file_digest.
import hashlib
import io

print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1, 20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 300, 20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"passwordPASSWORDpassword", b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 200, 25).hex())
print(hashlib.pbkdf2_hmac("sha1", b"pass\0word", b"sa\0lt", 100, 16).hex())
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 10).hex())
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 10, 5).hex())
print(hashlib.pbkdf2_hmac("sha512", b"p" * 200, bytearray(b"s"), 3, 100).hex())
print(hashlib.pbkdf2_hmac("md5", b"", b"", 1).hex())

buf = io.BytesIO(b"file contents " * 1000)
print(hashlib.file_digest(buf, "sha256").hexdigest())
buf.seek(0)
print(hashlib.file_digest(buf, hashlib.md5).hexdigest())
print(hashlib.file_digest(io.BytesIO(b""), "sha1").hexdigest())
