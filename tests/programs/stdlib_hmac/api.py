# The HMAC object: update, copy, attributes, digestmod forms.
import hmac
import hashlib

h = hmac.new(b"secret-key", digestmod="sha256")
h.update(b"part one;")
c = h.copy()
h.update(b"part two")
print(c.hexdigest())
print(h.hexdigest())
print(h.hexdigest() == hmac.new(b"secret-key", b"part one;part two", hashlib.sha256).hexdigest())
print(h.name, h.digest_size, h.block_size, type(h).__name__, len(h.digest()))
for mod in ["md5", hashlib.sha1, lambda: hashlib.sha512(), "sha3_224", "blake2b"]:
    m = hmac.HMAC(bytearray(b"k"), b"msg", digestmod=mod)
    print(m.name, m.digest_size, m.block_size, m.hexdigest()[:20])
print(hmac.new(b"k", None, "sha1").hexdigest(), hmac.new(b"", b"", "md5").hexdigest())
print(hmac.digest(b"k", b"m", "sha256").hex(), hmac.digest(b"k", b"m", hashlib.sha256) == hmac.digest(b"k", b"m", "sha256"))
print(hmac.trans_5C[:8], hmac.trans_36[:8], hmac.digest_size)


class Signer:
    def __init__(self, key):
        self.key = key

    def sign(self, payload):
        return hmac.new(self.key, payload, "sha256").hexdigest()

    def verify(self, payload, signature):
        return hmac.compare_digest(self.sign(payload), signature)


s = Signer(b"app-key")
sig = s.sign(b'{"user": 1}')
print(sig, s.verify(b'{"user": 1}', sig), s.verify(b'{"user": 2}', sig))
