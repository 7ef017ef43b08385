# writing through ZipFile.open('w'), unseekable output, errors, missing compressors
import sys
sys.modules["bz2"] = None
sys.modules["lzma"] = None
import io
import warnings
import zipfile

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
    zi = zipfile.ZipInfo("stream.txt", (2021, 1, 1, 10, 20, 30))
    zi.compress_type = zipfile.ZIP_DEFLATED
    with zf.open(zi, "w") as dest:
        print(dest.writable())
        for i in range(50):
            dest.write(b"chunk %d\n" % i)
        try:
            zf.writestr("other", b"x")
        except ValueError as e:
            print("ValueError", e)
        try:
            zf.open("x", "w")
        except ValueError as e:
            print("ValueError", e)
        try:
            zf.read("stream.txt")
        except Exception as e:
            print(type(e).__name__, e)
    info = zf.getinfo("stream.txt")
    print(info.file_size, info.compress_size, hex(info.CRC))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        zf.writestr(zipfile.ZipInfo("stream.txt", (2021, 1, 1, 0, 0, 0)), b"dup")
    print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
    print(zf.namelist())
print(buf.getvalue().hex())
with zipfile.ZipFile(buf) as zf:
    print(zf.read("stream.txt")[:20], [i.file_size for i in zf.infolist()])

class Sink:
    """A write-only stream without seek or tell."""
    def __init__(self):
        self.parts = []
    def write(self, data):
        self.parts.append(bytes(data))
        return len(data)
    def flush(self):
        pass

sink = Sink()
with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(zipfile.ZipInfo("a.txt", (2021, 1, 1, 0, 0, 0)), b"streamed data " * 5)
    zf.writestr(zipfile.ZipInfo("b.txt", (2021, 1, 1, 0, 0, 0)), b"more")
raw = b"".join(sink.parts)
print(raw.hex())
with zipfile.ZipFile(io.BytesIO(raw)) as zf:
    for info in zf.infolist():
        print(info.filename, info.flag_bits, info.file_size, zf.read(info))

for ct in (zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA, 99):
    try:
        zipfile.ZipFile(io.BytesIO(), "w", compression=ct)
    except Exception as e:
        print(type(e).__name__, e)
for args in [("q",), ("r",)]:
    try:
        zipfile.ZipFile(io.BytesIO(), *args)
    except Exception as e:
        print(type(e).__name__, e)
z = zipfile.ZipFile(io.BytesIO(), "w")
try:
    z.writestr("b", b"x", compress_type=zipfile.ZIP_LZMA)
except Exception as e:
    print(type(e).__name__, e)
try:
    z.comment = "text"
except TypeError as e:
    print("TypeError", e)
z.close()
try:
    z.writestr("late", b"x")
except ValueError as e:
    print("ValueError", e)
try:
    z.write("somefile")
except ValueError as e:
    print("ValueError", e)
try:
    zipfile.ZipFile(io.BytesIO(), "w", metadata_encoding="utf-8")
except ValueError as e:
    print("ValueError", e)

# a member recorded as bzip2 cannot be read without the bz2 module
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as zf:
    zf.writestr(zipfile.ZipInfo("a", (2000, 1, 1, 0, 0, 0)), b"abc")
data = bytearray(buf.getvalue())
cd = data.index(b"PK\x01\x02")
for method in (12, 99, 9):
    data[8] = method
    data[cd + 10] = method
    zf = zipfile.ZipFile(io.BytesIO(bytes(data)))
    print(zf.infolist())
    try:
        zf.read("a")
    except Exception as e:
        print(type(e).__name__, e)
# encrypted member flag without password
data[6] = 1
data[cd + 8] = 1
zf = zipfile.ZipFile(io.BytesIO(bytes(data)))
try:
    zf.read("a")
except Exception as e:
    print(type(e).__name__, e)
try:
    zf.setpassword("pw")
except TypeError as e:
    print("TypeError", e)
try:
    zf.open("a", "w", pwd=b"x")
except ValueError as e:
    print("ValueError", e)
