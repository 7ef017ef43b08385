import hashlib
data = [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"a" * 119, b"a" * 128, b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 9]
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha512_224", "sha512_256"):
    for d in data:
        h = hashlib.new(name, d)
        print(name, len(d), h.hexdigest())
    h = hashlib.new(name)
    for i in range(0, 3000, 7):
        h.update(bytes(range(i % 256))[:13])
    c = h.copy(); c.update(b"x")
    print(name, "chunks", h.hexdigest(), c.hexdigest())
big = b"y" * 5_000_000
print(hashlib.sha256(big).hexdigest(), hashlib.md5(big).hexdigest(), hashlib.sha512(big[:2_000_000]).hexdigest()[:32])
