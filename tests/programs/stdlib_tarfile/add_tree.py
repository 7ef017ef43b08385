import hashlib
import io
import os
import tarfile
import tempfile


def normalize(info):
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    info.mtime = 1234567890
    if info.isdir():
        info.mode = 0o755
    elif info.isreg():
        info.mode = 0o644
    return info


def skip_logs(info):
    if info.name.endswith(".log"):
        return None
    return normalize(info)


with tempfile.TemporaryDirectory() as tmp:
    root = os.path.join(tmp, "project")
    os.makedirs(os.path.join(root, "src", "pkg"))
    os.makedirs(os.path.join(root, "empty"))
    files = {
        "README": b"Project readme\n",
        "src/main.py": b"print('hi')\n" * 20,
        "src/pkg/__init__.py": b"",
        "src/pkg/util.py": b"def f():\n    return 42\n",
        "debug.log": b"noise\n" * 100,
    }
    for rel, content in files.items():
        with open(os.path.join(root, rel), "wb") as f:
            f.write(content)
    os.symlink("src/main.py", os.path.join(root, "entry"))
    os.chmod(os.path.join(root, "src", "main.py"), 0o755)

    for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w", format=fmt) as tar:
            tar.add(root, arcname="project", filter=skip_logs)
        data = buf.getvalue()
        print(fmt, len(data), hashlib.sha256(data).hexdigest())

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        tar.add(root, arcname="p", recursive=False, filter=normalize)
        tar.add(os.path.join(root, "README"), arcname="docs/README.txt", filter=normalize)
        tar.add(os.path.join(root, "entry"), arcname="entry", filter=normalize)
        tar.add(os.path.join(root, "src"), arcname="code", filter=normalize)
        info = tar.gettarinfo(os.path.join(root, "src", "main.py"), arcname="/abs/main.py")
        print(info.name, info.size, oct(info.mode), info.type, info.isfile())
        with open(os.path.join(root, "README"), "rb") as f:
            info = tar.gettarinfo(fileobj=f, arcname="via_fileobj")
            print(info.name, info.size, info.type)
            tar.addfile(normalize(info), f)
        link_info = tar.gettarinfo(os.path.join(root, "entry"))
        print(link_info.type, link_info.linkname, link_info.size)
        dir_info = tar.gettarinfo(os.path.join(root, "empty"), "e")
        print(dir_info.type, dir_info.size, dir_info.isdir(), dir_info.get_info()["name"])
    data = buf.getvalue()
    print(len(data), hashlib.sha256(data).hexdigest())
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for m in tar.getmembers():
            print(m.name, m.type, m.size, oct(m.mode), m.linkname, m.uname, m.mtime)

    copy = tarfile.TarInfo("orig.txt")
    copy.pax_headers = {"comment": "x"}
    r = copy.replace(name="new.txt", mtime=5, deep=True)
    print(r.name, r.mtime, copy.name, r.pax_headers is copy.pax_headers)
    r2 = copy.replace(uname="bob", deep=False)
    print(r2.uname, r2.pax_headers is copy.pax_headers)
    try:
        copy.replace(size=3)
    except TypeError as e:
        print(type(e).__name__)
    print(tarfile.REGTYPE, tarfile.AREGTYPE, tarfile.LNKTYPE, tarfile.SYMTYPE, tarfile.DIRTYPE,
          tarfile.FIFOTYPE, tarfile.CONTTYPE, tarfile.CHRTYPE, tarfile.BLKTYPE,
          tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK, tarfile.GNUTYPE_SPARSE,
          tarfile.XHDTYPE, tarfile.XGLTYPE, tarfile.SOLARIS_XHDTYPE)
    print(tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT, tarfile.DEFAULT_FORMAT,
          tarfile.BLOCKSIZE, tarfile.RECORDSIZE, tarfile.ENCODING, tarfile.GNU_MAGIC, tarfile.POSIX_MAGIC)
    print(sorted(tarfile.__all__))
