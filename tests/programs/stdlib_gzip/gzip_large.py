# larger data: chunked reads, multi-member streams through GzipFile, seek/rewind
import gzip
import io
import zlib

rows = b"".join(b"record %06d: %s\n" % (i, b"abcdefghij"[: i % 10]) for i in range(20000))
print(len(rows), zlib.crc32(rows))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=99, compresslevel=6) as f:
    for start in range(0, len(rows), 7777):
        f.write(rows[start:start + 7777])
blob = buf.getvalue()
print(len(blob), zlib.crc32(blob), blob == gzip.compress(rows, 6, mtime=99))

with gzip.GzipFile(fileobj=io.BytesIO(blob)) as f:
    total = 0
    crc = 0
    while True:
        chunk = f.read(5000)
        if not chunk:
            break
        total += len(chunk)
        crc = zlib.crc32(chunk, crc)
    print(total, crc)
    f.seek(123456)
    print(f.readline())
    f.seek(10)
    print(f.read(20))
    f.rewind()
    print(f.tell(), f.readline())
    count = sum(1 for _ in f)
    print(count)

multi = io.BytesIO()
for i in range(3):
    with gzip.GzipFile(fileobj=multi, mode="ab", mtime=i) as f:
        f.write(b"member %d\n" % i)
multi.seek(0)
with gzip.GzipFile(fileobj=multi) as f:
    print(f.readlines())
    print(f.mtime)
