# reading archives: streams, errors, prepended data, cp437 names, corruption detection
import io
import zipfile

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
    text = "".join("line %d of the log\n" % i for i in range(300))
    zf.writestr(zipfile.ZipInfo("log.txt", (2021, 6, 1, 12, 0, 0)), text,
                compress_type=zipfile.ZIP_DEFLATED)
    zf.writestr(zipfile.ZipInfo("small.txt", (2021, 6, 1, 12, 0, 0)), b"alpha\nbeta\ngamma")
data = buf.getvalue()

with zipfile.ZipFile(io.BytesIO(data)) as zf:
    print(zf.namelist(), zf.testzip())
    with zf.open("log.txt") as f:
        print(f.name, f.mode, f.readable(), f.seekable())
        print(f.readline(), f.readline(4), f.read(10))
        print(f.tell())
        f.seek(100)
        print(f.read(12), f.tell())
        f.seek(-19, 2)
        print(f.read())
        f.seek(0)
        print(len(f.read()))
    with zf.open(zf.getinfo("small.txt")) as f:
        print(list(f))
    with zf.open("small.txt") as a, zf.open("log.txt") as b:
        print(a.read(3), b.read(5), a.read(3), b.read(5))
    try:
        zf.getinfo("nope.txt")
    except KeyError as e:
        print("KeyError", e)
    try:
        zf.read("missing")
    except KeyError as e:
        print("KeyError", e)
    try:
        zf.open("small.txt", "q")
    except ValueError as e:
        print("ValueError", e)
    try:
        zf.writestr("new.txt", b"x")
    except ValueError as e:
        print("ValueError", e)
print(repr(zf))
try:
    zf.read("small.txt")
except ValueError as e:
    print("ValueError", e)

# data placed before the archive (like a self-extracting stub)
prefixed = b"#!stub\n" * 10 + data
with zipfile.ZipFile(io.BytesIO(prefixed)) as zf:
    print(zf.read("small.txt"), zf.getinfo("small.txt").header_offset)

for blob in [b"", b"not a zip file at all", data[:-10], data[:40]]:
    print(zipfile.is_zipfile(io.BytesIO(blob)), end=" ")
    try:
        zipfile.ZipFile(io.BytesIO(blob))
    except zipfile.BadZipFile as e:
        print("BadZipFile", e)
print(zipfile.is_zipfile(io.BytesIO(data)), zipfile.BadZipfile is zipfile.BadZipFile,
      zipfile.error is zipfile.BadZipFile)

# corrupt a stored member's data: CRC error on read, reported by testzip
bad = bytearray(data)
pos = bad.index(b"alpha")
bad[pos] = ord("A")
with zipfile.ZipFile(io.BytesIO(bytes(bad))) as zf:
    print(zf.testzip())
    try:
        zf.read("small.txt")
    except zipfile.BadZipFile as e:
        print("BadZipFile", e)
# corrupt a local header signature
bad = bytearray(data)
bad[0] = 0
with zipfile.ZipFile(io.BytesIO(bytes(bad))) as zf:
    try:
        zf.read("log.txt")
    except zipfile.BadZipFile as e:
        print("BadZipFile", e)

# an archive with a cp437 (non-UTF-8) file name, assembled by hand
import struct, zlib
name = b"caf\x82.txt"
body = b"coffee"
crc = zlib.crc32(body)
local = struct.pack("<4s2B4HL2L2H", b"PK\x03\x04", 20, 0, 0, 0, 0, 33, crc, 6, 6, len(name), 0) + name + body
central = struct.pack("<4s4B4HL2L5H2L", b"PK\x01\x02", 20, 0, 20, 0, 0, 0, 0, 33, crc, 6, 6,
                      len(name), 0, 0, 0, 0, 0, 0) + name
end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, len(central), len(local), 0)
with zipfile.ZipFile(io.BytesIO(local + central + end)) as zf:
    info = zf.infolist()[0]
    print(info.filename, info.date_time, zf.read(info))
with zipfile.ZipFile(io.BytesIO(local + central + end), metadata_encoding="latin-1") as zf:
    print(zf.namelist())
