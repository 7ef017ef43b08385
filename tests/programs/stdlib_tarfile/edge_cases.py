import tarfile, io, hashlib
b = io.BytesIO()
with tarfile.open(fileobj=b, mode="w") as t:
    i = tarfile.TarInfo("bin\u00e9name"); i.size = 1; t.addfile(i, io.BytesIO(b"z"))
    i = tarfile.TarInfo("dev"); i.type = tarfile.BLKTYPE; i.devmajor = 8; i.devminor = 1; t.addfile(i)
    i = tarfile.TarInfo("x" * 200 + "/"); i.type = tarfile.DIRTYPE; t.addfile(i)
print(hashlib.sha256(b.getvalue()).hexdigest())
b.seek(0)
with tarfile.open(fileobj=b) as t:
    for m in t:
        print(repr(m.name[:20]), sorted(m.pax_headers), m.type, m.devmajor, m.devminor, len(m.name))
    t.list()
    print(t.extractfile("dev"), t.getmember("x"*200 + "/").isdir())
b.seek(0)
with tarfile.open(fileobj=b, encoding="latin-1") as t:
    print([repr(n[:12]) for n in t.getnames()])
# GNU format with binary name and ignore_zeros
b2 = io.BytesIO()
with tarfile.open(fileobj=b2, mode="w", format=tarfile.GNU_FORMAT) as t:
    i = tarfile.TarInfo("a"); i.size = 2; t.addfile(i, io.BytesIO(b"hi"))
data = b2.getvalue()
twice = data + data
with tarfile.open(fileobj=io.BytesIO(twice), ignore_zeros=True) as t:
    print(t.getnames())
with tarfile.open(fileobj=io.BytesIO(twice)) as t:
    print(t.getnames())
try:
    tarfile.open(fileobj=io.BytesIO(data[:512] + b"\1" * 100))
    print("opened")
except Exception as e: print(type(e).__name__, e)
t = tarfile.open(fileobj=io.BytesIO(data[:700]))
try: print(t.extractfile("a").read())
except Exception as e: print(type(e).__name__, e)
