# Digest objects without/with small block_size trigger RuntimeWarning; copies are independent.
import hmac, hashlib, warnings

class Tiny:
    digest_size = 4
    name = "tiny"
    def __init__(self, data=b""):
        self.h = hashlib.sha256(data)
    def update(self, d):
        self.h.update(d)
    def digest(self):
        return self.h.digest()[:4]
    def hexdigest(self):
        return self.digest().hex()
    def copy(self):
        c = Tiny(); c.h = self.h.copy(); return c

class TinyBS(Tiny):
    block_size = 8

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    a = hmac.new(b"key", b"msg", Tiny)
    b = hmac.new(b"key", b"msg", TinyBS)
print([str(w.message) for w in log], [w.category.__name__ for w in log])
print(a.hexdigest(), a.block_size, a.name, b.block_size)
h = hmac.new(b"k" * 100, b"abc", "sha1")
c = h.copy(); c.update(b"def")
print(h.hexdigest(), c.hexdigest(), h.digest() == hmac.digest(b"k" * 100, b"abc", "sha1"))
print(hmac.compare_digest(bytearray(b"ab"), bytearray(b"ab")), hmac.compare_digest(b"", b"a"))
print(sorted(hmac.__all__) if hasattr(hmac, "__all__") else None)
