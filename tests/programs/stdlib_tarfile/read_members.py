import io
import tarfile


def make_archive(mode="w", fmt=tarfile.PAX_FORMAT):
    buf = io.BytesIO()
    tar = tarfile.open(fileobj=buf, mode=mode, format=fmt)
    for i, (name, text) in enumerate([("a.txt", "alpha\nbeta\ngamma\n"),
                                      ("dir/b.txt", "bee" * 300),
                                      ("dir/sub/c.bin", "\x00\x01\x02")]):
        info = tarfile.TarInfo(name)
        data = text.encode("latin-1")
        info.size = len(data)
        info.mtime = 1000000 + i * 3600
        info.mode = 0o640 + i
        tar.addfile(info, io.BytesIO(data))
    d = tarfile.TarInfo("dir")
    d.type = tarfile.DIRTYPE
    d.mode = 0o755
    d.mtime = 1000000
    tar.addfile(d)
    s = tarfile.TarInfo("dir/link")
    s.type = tarfile.SYMTYPE
    s.linkname = "b.txt"
    tar.addfile(s)
    h = tarfile.TarInfo("hard")
    h.type = tarfile.LNKTYPE
    h.linkname = "a.txt"
    tar.addfile(h)
    tar.close()
    return buf.getvalue()


data = make_archive()
with tarfile.open(fileobj=io.BytesIO(data)) as tar:
    print(tar.getnames())
    for m in tar:
        print(m.name, m.size, oct(m.mode), m.mtime, m.type, m.linkname or "-",
              m.isfile(), m.isreg(), m.isdir(), m.issym(), m.islnk(),
              m.ischr(), m.isblk(), m.isfifo(), m.isdev(), m.offset, m.offset_data)
    m = tar.getmember("dir/b.txt")
    print(m.name, m.size, m.path, m.linkpath == m.linkname)
    print(tar.getmember("dir/").name)
    try:
        tar.getmember("missing.txt")
    except KeyError as e:
        print(type(e).__name__, e)
    f = tar.extractfile("a.txt")
    print(type(f).__name__, f.readline(), f.read(4), f.tell())
    f.seek(0)
    print(f.readlines())
    print(list(tar.extractfile("a.txt")))
    print(tar.extractfile("dir/link").read(6))
    print(tar.extractfile("hard").read())
    print(tar.extractfile("dir"))
    with tar.extractfile(tar.getmember("dir/sub/c.bin")) as f:
        print(f.read(), f.closed)
    print(f.closed)
    tar.list(verbose=False)
    tar.list()
    tar.list(members=[tar.getmember("hard")])
    print(tar.getmember("a.txt").get_info())

with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
    first = tar.next()
    print(first.name, tar.next().name, len(tar.members))
    print(len(tar.getmembers()), tar.next())

with tarfile.open(fileobj=io.BytesIO(data), mode="r|") as tar:
    for m in tar:
        if m.isfile():
            print("stream", m.name, tar.extractfile(m).read()[:9])
    try:
        tar.extractfile("a.txt").read()
    except tarfile.StreamError as e:
        print(type(e).__name__, e)

tar = tarfile.open(fileobj=io.BytesIO(data))
tar.close()
try:
    tar.getnames()
except OSError as e:
    print(type(e).__name__, e)
tar = tarfile.open(fileobj=io.BytesIO(), mode="w")
try:
    tar.getmembers()
    tar.extractfile("x")
except OSError as e:
    print(type(e).__name__, e)
print(tar.getmembers())

print(tarfile.is_tarfile(io.BytesIO(data)), tarfile.is_tarfile(io.BytesIO(b"not a tar" * 100)))
for bad in [b"", b"garbage" * 100, data[:700]]:
    for mode in ["r:", "r|", "r"]:
        try:
            with tarfile.open(fileobj=io.BytesIO(bad), mode=mode) as t:
                print(mode, "opened", t.getnames())
        except tarfile.TarError as e:
            print(mode, type(e).__name__, str(e).splitlines()[0])
for mode in ["r:zip", "rw", "q", "a|", "w|foo"]:
    try:
        tarfile.open(fileobj=io.BytesIO(data), mode=mode)
    except (ValueError, tarfile.TarError) as e:
        print(mode, type(e).__name__, e)
try:
    tarfile.open()
except ValueError as e:
    print(type(e).__name__, e)
print(issubclass(tarfile.ReadError, tarfile.TarError), issubclass(tarfile.HeaderError, tarfile.TarError),
      issubclass(tarfile.AbsolutePathError, tarfile.FilterError))
