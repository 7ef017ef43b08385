# writestr with fixed date_time: exact archive bytes, ZipInfo attributes and reprs
import io
import zipfile
import zlib

def build(compression, level=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=compression, compresslevel=level) as zf:
        zf.writestr(zipfile.ZipInfo("readme.txt", (2022, 3, 4, 5, 6, 7)), "Read me first.\n" * 3)
        zf.writestr(zipfile.ZipInfo("data/numbers.bin", (2022, 3, 4, 5, 6, 8)), bytes(range(200)))
        zi = zipfile.ZipInfo("data/notes.md", (2023, 12, 31, 23, 59, 58))
        zi.comment = b"member comment"
        zi.external_attr = 0o644 << 16
        zf.writestr(zi, b"# Notes\n\n- one\n- two\n", compress_type=zipfile.ZIP_STORED)
        zf.writestr(zipfile.ZipInfo("empty", (1980, 1, 1, 0, 0, 0)), b"")
        zf.comment = b"archive comment"
    return buf.getvalue()

for comp, level in [(zipfile.ZIP_STORED, None), (zipfile.ZIP_DEFLATED, None),
                    (zipfile.ZIP_DEFLATED, 1), (zipfile.ZIP_DEFLATED, 9)]:
    data = build(comp, level)
    print(comp, level, len(data), zlib.crc32(data))
    if level is None:
        print(data.hex())
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        print(zf.comment, zf.namelist())
        for info in zf.infolist():
            print(" ", info)
            print("   ", info.filename, info.date_time, info.compress_type, info.file_size,
                  info.compress_size, hex(info.CRC), info.comment, info.extra,
                  info.create_system, info.create_version, info.extract_version,
                  info.flag_bits, hex(info.external_attr), info.header_offset, info.is_dir())
        print(zf.read("data/notes.md"))

info = zipfile.ZipInfo("x.txt")
print(info, info.date_time, info.compress_type, info.file_size, info.external_attr)
info = zipfile.ZipInfo("dir/", (2000, 1, 1, 0, 0, 0))
print(info, info.is_dir())
try:
    zipfile.ZipInfo("old.txt", (1979, 12, 31, 0, 0, 0))
except ValueError as e:
    print("ValueError", e)
print(zipfile.ZipInfo("nul\0tail").filename)

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as zf:
    zf.writestr(zipfile.ZipInfo("ünïcode.txt", (2020, 2, 2, 2, 2, 2)), "ÿ")
    zf.writestr(zipfile.ZipInfo("sub/", (2020, 2, 2, 2, 2, 2)), b"")
    zf.mkdir("made")
    zf.mkdir("other/", mode=0o750)
print(buf.getvalue().hex())
with zipfile.ZipFile(buf) as zf:
    for info in zf.infolist():
        print(info, info.flag_bits, info.is_dir())
