import zlib
data = b"hello world " * 100 + bytes(range(256))
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, level)
    print(level, len(c), zlib.crc32(c), zlib.decompress(c) == data)
for wbits in (9, 15, -15, 31, 25):
    c = zlib.compress(data, wbits=wbits)
    print(wbits, len(c), c[:4].hex(), zlib.decompress(c, wbits if wbits not in (25,) else 31) == data, zlib.decompress(c, 47) == data if wbits > 0 else None)
print(zlib.crc32(b"abc"), zlib.crc32(b"def", zlib.crc32(b"abc")), zlib.adler32(b"abc"), zlib.adler32(b""), zlib.crc32(b""))
co = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
parts = [co.compress(data[i:i+100]) for i in range(0, len(data), 100)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH)); parts.append(co.flush())
comp = b"".join(parts)
print(len(comp), [len(p) for p in parts][-3:])
do = zlib.decompressobj(-15)
out = do.decompress(comp[:50]) + do.decompress(comp[50:] + b"TRAILER")
print(out == data, do.eof, do.unused_data, do.unconsumed_tail)
do = zlib.decompressobj()
c = zlib.compress(data)
first = do.decompress(c, 100)
print(len(first), len(do.unconsumed_tail) > 0, do.eof)
rest = do.decompress(do.unconsumed_tail)
print(first + rest == data, do.eof)
zd = b"hello world "
co = zlib.compressobj(zdict=zd); c = co.compress(data) + co.flush()
do = zlib.decompressobj(zdict=zd); print(do.decompress(c) == data, len(c))
c2 = co.copy() if False else None
for f in [lambda: zlib.compress(b'x', 10), lambda: zlib.compress(b'x', wbits=100), lambda: zlib.decompress(b'garbage'), lambda: zlib.decompress(zlib.compress(b'hello')[:-3]), lambda: zlib.decompress(b'x', wbits=100), lambda: zlib.compressobj(level=12), lambda: zlib.decompressobj(wbits=100), lambda: zlib.decompressobj().decompress(b'x', -1), lambda: zlib.crc32('s'), lambda: zlib.decompress(zlib.compress(b'abc')+b'zz')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
co = zlib.compressobj(); h = co.compress(b"abc"); cc = co.copy(); print(zlib.decompress(h + co.flush()), zlib.decompress(h + cc.flush()))
try: co.flush()
except zlib.error as e: print("error", e)
print(zlib.error.__module__, type(zlib.compressobj()).__name__, zlib.Z_BEST_COMPRESSION, zlib.MAX_WBITS)
