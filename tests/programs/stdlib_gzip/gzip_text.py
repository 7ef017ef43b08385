# text mode: gzip.open with 'wt'/'rt'/'at', encodings, newline handling
import gzip
import io
import os
import tempfile

buf = io.BytesIO()
with gzip.open(buf, "wt", encoding="utf-8") as f:
    print(type(f).__name__)
    f.write("héllo\n")
    f.write("wörld\nlast")
data = buf.getvalue()
print(gzip.decompress(data))

with gzip.open(io.BytesIO(data), "rt", encoding="utf-8") as f:
    print(f.readline())
    print(f.read())

with gzip.open(io.BytesIO(data), "rt", encoding="latin-1") as f:
    print(repr(f.read()))

with gzip.open(io.BytesIO(data), "rt", encoding="ascii", errors="replace") as f:
    print(repr(f.read()))

buf = io.BytesIO()
with gzip.open(buf, "wt", encoding="utf-8", newline="\r\n") as f:
    f.write("a\nb\n")
print(gzip.decompress(buf.getvalue()))
with gzip.open(io.BytesIO(buf.getvalue()), "rt", encoding="utf-8") as f:
    print(f.readlines())
with gzip.open(io.BytesIO(buf.getvalue()), "rt", encoding="utf-8", newline="") as f:
    print(f.readlines())

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "t.gz")
    with gzip.open(p, "wt", encoding="utf-8") as f:
        for i in range(3):
            print("row", i, file=f)
    with gzip.open(p, "at", encoding="utf-8") as f:
        f.write("more\n")
    with gzip.open(p, "rt", encoding="utf-8") as f:
        for line in f:
            print(line.rstrip())

for mode, kw in [("rtb", {}), ("rb", {"encoding": "utf-8"}), ("wb", {"errors": "strict"}),
                 ("rb", {"newline": "\n"})]:
    try:
        gzip.open(io.BytesIO(), mode, **kw)
    except ValueError as e:
        print("ValueError", e)
try:
    gzip.open(42)
except TypeError as e:
    print("TypeError", e)
