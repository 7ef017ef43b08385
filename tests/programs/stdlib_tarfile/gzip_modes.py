import gzip
import hashlib
import io
import os
import tarfile
import tempfile


def fill(tar):
    for i in range(3):
        payload = ("line %d\n" % i).encode() * (50 * (i + 1))
        info = tarfile.TarInfo("file%d.txt" % i)
        info.size = len(payload)
        info.mtime = 1600000000 + i
        info.uname = "builder"
        tar.addfile(info, io.BytesIO(payload))


def masked(data):
    # bytes 4..8 of a gzip header hold the creation time
    return data[:4] + b"\0\0\0\0" + data[8:]


results = {}
for mode in ["w:gz", "w|gz", "w:", "w|", "w"]:
    buf = io.BytesIO()
    kwargs = {"compresslevel": 6} if mode == "w:gz" else {}
    with tarfile.open(fileobj=buf, mode=mode, **kwargs) as tar:
        fill(tar)
    data = buf.getvalue()
    results[mode] = data
    print(mode, len(data), data[:3], hashlib.sha256(masked(data)).hexdigest())

plain = results["w"]
print(gzip.decompress(results["w:gz"]) == plain, gzip.decompress(results["w|gz"]) == plain)

for wmode in ["w:gz", "w|gz", "w"]:
    for rmode in ["r", "r:*", "r:gz", "r|*", "r|gz", "r:", "r|"]:
        try:
            with tarfile.open(fileobj=io.BytesIO(results[wmode]), mode=rmode) as tar:
                names = [(m.name, m.size, m.uname) for m in tar]
                body = tar.extractfile("file1.txt").read() if "|" not in rmode else b""
            print(wmode, rmode, names[0], len(names), hashlib.md5(body).hexdigest()[:8])
        except tarfile.TarError as e:
            print(wmode, rmode, type(e).__name__, str(e).splitlines()[0])

for mode in ["a:bz2", "a:xz", "a:gz"]:
    try:
        tarfile.open(fileobj=io.BytesIO(plain), mode=mode)
    except (ValueError, tarfile.TarError) as e:
        print(mode, type(e).__name__)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "bundle.tar.gz")
    with tarfile.open(path, "w:gz") as tar:
        fill(tar)
    with open(path, "rb") as f:
        raw = f.read()
    print(raw[3], raw[10:17], hashlib.sha256(masked(raw)).hexdigest())
    with tarfile.open(path) as tar:
        print(tar.getnames(), os.path.basename(tar.name))
    try:
        tarfile.open(path, "x:gz")
    except FileExistsError as e:
        print(type(e).__name__)
    spath = os.path.join(tmp, "stream.tgz")
    with tarfile.open(spath, "w|gz") as tar:
        fill(tar)
    with open(spath, "rb") as f:
        raw = f.read()
    print(raw[3], raw[10:20], hashlib.sha256(masked(raw)).hexdigest())
    with tarfile.open(spath, "r|*") as tar:
        print([m.name for m in tar])
    print(tarfile.is_tarfile(spath), tarfile.is_tarfile(os.path.join(tmp, "bundle.tar.gz")))
    xpath = os.path.join(tmp, "new.tar")
    with tarfile.open(xpath, "x") as tar:
        fill(tar)
    with tarfile.open(xpath, "a") as tar:
        info = tarfile.TarInfo("appended.txt")
        info.size = 5
        tar.addfile(info, io.BytesIO(b"extra"))
    with tarfile.open(xpath, "a:") as tar:
        print("append sees", tar.getnames())
    with tarfile.open(xpath) as tar:
        print(tar.getnames(), tar.extractfile("appended.txt").read())
    with open(xpath, "rb") as f:
        print(os.path.getsize(xpath), hashlib.sha256(f.read()).hexdigest())
    apath = os.path.join(tmp, "fresh.tar")
    with tarfile.open(apath, "a") as tar:
        fill(tar)
    print(os.path.getsize(apath))
