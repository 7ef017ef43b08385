# GzipFile writing/reading through BytesIO and real files in a temporary directory
import gzip
import io
import os
import tempfile

buf = io.BytesIO()
with gzip.GzipFile(filename="report.csv.gz", mode="wb", fileobj=buf, mtime=1000) as f:
    print(f.mode == gzip.WRITE, f.name)
    print(f.write(b"id,value\n"))
    for i in range(5):
        f.write(b"%d,%d\n" % (i, i * i))
    print(f.tell())
    f.write(bytearray(b"tail\n"))
    f.write(memoryview(b"mv\n"))
print(f.closed)
raw = buf.getvalue()
print(len(raw), raw.hex())

with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.mode == gzip.READ, repr(f.name), f.mtime)
    print(f.readline())
    print(f.mtime)
    print(f.readline(3), f.readline(100))
    print(f.peek(2)[:2])
    print(f.read1(4))
    print(f.tell())
    print(f.readlines())
    print(f.read(), f.read(10))
    print(f.seek(3), f.read(5))
    print(f.seek(-4, 2), f.read())
    print(f.seek(0), f.read(2), f.seek(2, 1), f.read(3))
    lines = list(f)
    print(len(lines))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "notes.txt.gz")
    with gzip.open(path, "wb", compresslevel=1) as f:
        f.write(b"line one\nline two\n")
    with open(path, "rb") as raw_f:
        head = raw_f.read(30)
    print(head[:3].hex(), head[3], head[8], head[9], head[10:20])
    with gzip.open(path, "ab") as f:
        f.write(b"appended\n")
    with gzip.open(path) as f:
        print(f.read())
        print(os.path.basename(f.name))
    with gzip.open(path, "rb") as f:
        print([line for line in f])
    with gzip.GzipFile(path) as f:
        print(f.read(4), f.mtime is not None)
    with open(path, "rb") as raw_f:
        with gzip.GzipFile(fileobj=raw_f) as f:
            print(os.path.basename(f.name), len(f.read()))
    path2 = os.path.join(d, "x.gz")
    try:
        with gzip.open(path2, "xb") as f:
            f.write(b"1")
        with gzip.open(path2, "xb") as f:
            f.write(b"2")
    except FileExistsError as e:
        print("FileExistsError")
    print(gzip.open(path2).read())
    try:
        gzip.open(os.path.join(d, "missing.gz"))
    except FileNotFoundError:
        print("FileNotFoundError")
