# gzip.compress / decompress: exact bytes for fixed mtime, levels, multi-member, errors
import gzip
import zlib

samples = [b"", b"hello", b"hello world " * 50, bytes(range(256)) * 4]
for data in samples:
    for level in (0, 1, 6, 9):
        c = gzip.compress(data, level, mtime=0)
        c2 = gzip.compress(data, compresslevel=level, mtime=1700000000)
        assert gzip.decompress(c) == data and gzip.decompress(c2) == data
        print(len(data), level, len(c), c[:10].hex(), c2[:10].hex(), zlib.crc32(c), zlib.crc32(c2))
print(gzip.compress(b"abc", mtime=12345).hex())
print(gzip.compress(bytearray(b"xyz"), 9, mtime=7).hex())

multi = gzip.compress(b"first ", mtime=1) + gzip.compress(b"second", mtime=2)
print(gzip.decompress(multi))
print(gzip.decompress(multi + b"\x00" * 7))
print(gzip.decompress(b""))

good = gzip.compress(b"some data here", mtime=3)
bad_cases = {
    "one byte": b"\x1f",
    "bad magic": b"PK\x03\x04" + b"\x00" * 20,
    "truncated body": good[:-12],
    "no trailer": good[:-8],
    "half header": good[:6],
    "garbage after": good + b"junk",
    "bad crc": good[:-8] + b"\x00\x00\x00\x00" + good[-4:],
    "bad size": good[:-4] + b"\x09\x00\x00\x00",
    "bad method": good[:2] + b"\x07" + good[3:],
}
for name, blob in bad_cases.items():
    try:
        print(name, gzip.decompress(blob))
    except Exception as e:
        print(name, "->", type(e).__name__, e)
print(issubclass(gzip.BadGzipFile, OSError))
try:
    gzip.compress("text")
except TypeError as e:
    print("TypeError")
