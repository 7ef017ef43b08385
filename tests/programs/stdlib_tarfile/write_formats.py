import io
import hashlib
import tarfile


def build(fmt, entries, **kw):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt, **kw) as tar:
        for name, data, attrs in entries:
            info = tarfile.TarInfo(name)
            info.mtime = 1700000000
            info.uid = 1000
            info.gid = 100
            info.uname = "alice"
            info.gname = "users"
            for key, value in attrs.items():
                setattr(info, key, value)
            if data is not None:
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
            else:
                tar.addfile(info)
    return buf.getvalue()


entries = [
    ("hello.txt", b"hello world\n", {}),
    ("docs", None, {"type": tarfile.DIRTYPE, "mode": 0o755}),
    ("docs/readme.md", b"# Title\n" * 100, {"mode": 0o600}),
    ("link", None, {"type": tarfile.SYMTYPE, "linkname": "hello.txt"}),
    ("hard", None, {"type": tarfile.LNKTYPE, "linkname": "hello.txt"}),
    ("fifo", None, {"type": tarfile.FIFOTYPE}),
    ("dev", None, {"type": tarfile.CHRTYPE, "devmajor": 1, "devminor": 3}),
]
long_entries = [
    ("deep/" * 30 + "file.txt", b"deep data", {}),
    ("x" * 120, b"long", {}),
    ("ln", None, {"type": tarfile.SYMTYPE, "linkname": "t" * 130}),
    ("caf\u00e9.txt", b"unicode", {"uname": "j\u00fcrgen"}),
    ("big", b"", {"uid": 8 ** 8, "mtime": -20}),
    ("frac", b"f", {"mtime": 1700000000.25}),
]

for label, fmt in (("USTAR", tarfile.USTAR_FORMAT), ("GNU", tarfile.GNU_FORMAT),
                   ("PAX", tarfile.PAX_FORMAT)):
    data = build(fmt, entries)
    print(label, len(data), hashlib.sha256(data).hexdigest())
    print(data[:512].rstrip(b"\0"))
    for entry in long_entries:
        try:
            data = build(fmt, [entry])
            print("  ", entry[0][:20], len(data), hashlib.sha256(data).hexdigest()[:32])
            with tarfile.open(fileobj=io.BytesIO(data)) as tar:
                m = tar.getmembers()[0]
                print("     ->", m.name[:30], m.linkname[:10], m.uname, m.uid, m.mtime,
                      sorted(m.pax_headers))
        except Exception as e:
            print("  ", entry[0][:20], type(e).__name__, e)

data = build(tarfile.PAX_FORMAT, entries[:1], pax_headers={"comment": "made by test", "n": "\u00e9"})
print("global", len(data), hashlib.sha256(data).hexdigest())
with tarfile.open(fileobj=io.BytesIO(data)) as tar:
    print(tar.pax_headers, tar.getmembers()[0].pax_headers)

info = tarfile.TarInfo("sample.bin")
info.size = 3
info.mtime = 12345
for fmt in (0, 1, 2):
    block = info.tobuf(fmt)
    print(fmt, len(block), block[100:160], block[257:265])
    back = tarfile.TarInfo.frombuf(block[:512], "utf-8", "surrogateescape")
    print(back.name, back.size, back.mtime, oct(back.mode), back.type, back.chksum)
try:
    info.tobuf(7)
except ValueError as e:
    print(type(e).__name__, e)
bad = tarfile.TarInfo("x")
bad.uid = None
try:
    bad.tobuf()
except ValueError as e:
    print(type(e).__name__, e)
bad = tarfile.TarInfo("x")
bad.mtime = 8 ** 12
for fmt in (0, 1):
    try:
        print(bad.tobuf(fmt)[136:148])
    except ValueError as e:
        print(type(e).__name__, e)
