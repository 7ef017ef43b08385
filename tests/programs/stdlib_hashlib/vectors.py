# Known-answer tests for every algorithm, at block-boundary lengths.
import hashlib

names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512",
         "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]
messages = [b"", b"abc", b"The quick brown fox jumps over the lazy dog",
            b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"]
for name in names:
    for m in messages:
        print(name, len(m), hashlib.new(name, m).hexdigest())
for name in names:
    h = hashlib.new(name)
    lengths = [55, 56, 63, 64, 65, 71, 72, 103, 104, 111, 112, 127, 128, 129, 135, 136, 143, 144, 167, 168]
    digests = [hashlib.new(name, b"\xa5" * n).hexdigest()[:12] for n in lengths]
    print(name, " ".join(digests))
print(hashlib.md5(b"a" * 1000).hexdigest(), hashlib.sha256(b"a" * 1000).hexdigest())
for n in (1, 16, 32, 100):
    print(n, hashlib.shake_128(b"abc").hexdigest(n), hashlib.shake_256(b"abc").hexdigest(n)[-16:])
