# ZipFile.write from real files, append/exclusive modes, extract/extractall with unsafe names
import io
import os
import sys
import tempfile
import zipfile

def tree(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        for name in sorted(filenames):
            p = os.path.join(dirpath, name)
            with open(p, "rb") as f:
                out.append((os.path.normpath(os.path.join(rel, name)), f.read()))
        for name in dirnames:
            out.append((os.path.normpath(os.path.join(rel, name)) + "/", None))
    return sorted(out, key=lambda t: t[0])

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "src")
    os.makedirs(os.path.join(src, "pkg", "sub"))
    files = {"a.txt": b"apple\n", "pkg/b.txt": b"banana\n" * 10, "pkg/sub/c.bin": bytes(100)}
    for rel, content in files.items():
        p = os.path.join(src, *rel.split("/"))
        with open(p, "wb") as f:
            f.write(content)
        os.utime(p, (1600000000, 1600000000))
    archive = os.path.join(d, "out.zip")
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for rel in sorted(files):
            zf.write(os.path.join(src, *rel.split("/")), arcname=rel)
        zf.write(os.path.join(src, "pkg"), arcname="pkg")
        zf.write(os.path.join(src, "a.txt"), arcname="/abs/a_stored.txt",
                 compress_type=zipfile.ZIP_STORED)
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            print(info.filename, info.file_size, info.compress_type, info.is_dir(),
                  hex(info.CRC), oct(info.external_attr >> 16 & 0o777))
        print(os.path.basename(zf.filename), zf.mode)
    info = zipfile.ZipInfo.from_file(os.path.join(src, "a.txt"), "renamed.txt")
    print(info.filename, info.file_size, info.is_dir())
    info = zipfile.ZipInfo.from_file(os.path.join(src, "pkg"), "pkgdir")
    print(info.filename, info.file_size, info.is_dir(), hex(info.external_attr & 0xFFFF))

    # append mode
    with zipfile.ZipFile(archive, "a") as zf:
        zf.writestr(zipfile.ZipInfo("added.txt", (2024, 1, 1, 0, 0, 0)), b"added later")
    with zipfile.ZipFile(archive) as zf:
        print(zf.namelist())
        print(zf.read("added.txt"), zf.read("pkg/b.txt")[:14])
    # append to a file that is not a zip: the archive goes at the end
    other = os.path.join(d, "data.bin")
    with open(other, "wb") as f:
        f.write(b"HEADER" * 5)
    with zipfile.ZipFile(other, "a") as zf:
        zf.writestr(zipfile.ZipInfo("x", (2024, 1, 1, 0, 0, 0)), b"X")
    with open(other, "rb") as f:
        print(f.read(12))
    with zipfile.ZipFile(other) as zf:
        print(zf.namelist(), zf.read("x"))
    try:
        zipfile.ZipFile(archive, "x")
    except FileExistsError:
        print("FileExistsError")
    with zipfile.ZipFile(os.path.join(d, "new.zip"), "x") as zf:
        zf.writestr(zipfile.ZipInfo("n", (2024, 1, 1, 0, 0, 0)), b"")
    print(zipfile.is_zipfile(os.path.join(d, "new.zip")), zipfile.is_zipfile(other),
          zipfile.is_zipfile(os.path.join(src, "a.txt")),
          zipfile.is_zipfile(os.path.join(d, "does-not-exist.zip")))

    out = os.path.join(d, "extracted")
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(out)
        target = zf.extract("a.txt", os.path.join(d, "single"))
        print(os.path.relpath(target, d))
        target = zf.extract(zf.getinfo("pkg/"), os.path.join(d, "single"))
        print(os.path.relpath(target, d))
    for name, content in tree(out):
        print(name, content)

    # unsafe member names are sanitised on extraction
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name in ["../../escape.txt", "/etc/absolute.txt", "./dot/./x.txt", "a/../b.txt"]:
            zf.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), name)
    evil = os.path.join(d, "evil")
    with zipfile.ZipFile(buf) as zf:
        print(zf.namelist())
        for name in zf.namelist():
            print(os.path.relpath(zf.extract(name, evil), d))
    for name, content in tree(evil):
        print(name, content)
    print(sorted(os.listdir(d)))
