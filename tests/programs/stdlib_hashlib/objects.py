# Hash object API: update/copy/digest, attributes, constructors.
import hashlib

h = hashlib.sha256()
for chunk in [b"alpha ", bytearray(b"beta "), b"", b"gamma"]:
    h.update(chunk)
snapshot = h.copy()
h.update(b"!")
print(snapshot.hexdigest())
print(h.hexdigest())
print(snapshot.hexdigest() == hashlib.sha256(b"alpha beta gamma").hexdigest())
print(h.digest()[:4], len(h.digest()), h.digest() == h.digest())
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
             "sha3_384", "sha3_512", "blake2b", "blake2s", "shake_128", "shake_256"]:
    obj = getattr(hashlib, name)()
    print(name, obj.name, obj.digest_size, obj.block_size, hashlib.new(name).name)
print(type(hashlib.md5()).__name__, type(hashlib.sha3_256()).__name__, type(hashlib.blake2b()).__name__, type(hashlib.shake_128()).__name__)
print(hashlib.new("SHA256", b"x").name, hashlib.new("sha512", data=b"x").hexdigest()[:16])
print(hashlib.sha1(string=b"abc").hexdigest(), hashlib.md5(b"abc", usedforsecurity=False).hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
s = hashlib.shake_256(b"seed")
c = s.copy()
s.update(b"more")
print(c.hexdigest(8), s.hexdigest(8), c.digest(0), s.digest_size)
b = hashlib.blake2b(b"data", digest_size=16, key=b"key", salt=b"salt", person=b"person")
print(b.hexdigest(), b.digest_size, b.copy().hexdigest() == b.hexdigest())
print(hashlib.blake2s(b"data", digest_size=8, key=b"k" * 32).hexdigest())
print(hashlib.blake2b(b"x" * 300, key=b"k" * 64).hexdigest()[:32])
print(hashlib.blake2b(b"", last_node=True).hexdigest()[:16], hashlib.blake2s(b"", salt=b"s" * 8, person=b"p" * 8).hexdigest()[:16])
print(hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE)
