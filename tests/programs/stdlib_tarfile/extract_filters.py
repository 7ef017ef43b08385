import io
import os
import stat
import tarfile
import tempfile
import warnings


def entry(tar, name, data=None, **attrs):
    info = tarfile.TarInfo(name)
    info.mtime = 1500000000
    for key, value in attrs.items():
        setattr(info, key, value)
    if data is not None:
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    else:
        tar.addfile(info)


def safe_archive():
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        entry(tar, "pkg", type=tarfile.DIRTYPE, mode=0o777)
        entry(tar, "pkg/run.sh", b"#!/bin/sh\necho hi\n", mode=0o4775)
        entry(tar, "pkg/data.txt", b"payload", mode=0o444)
        entry(tar, "pkg/noexec", b"n", mode=0o077)
        entry(tar, "pkg/alias", type=tarfile.SYMTYPE, linkname="data.txt")
        entry(tar, "pkg/copy", type=tarfile.LNKTYPE, linkname="pkg/data.txt")
        entry(tar, "pkg/nested/deep.txt", b"deep", mode=0o600)
    return buf.getvalue()


def walk(root):
    rows = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(dirnames + filenames):
            full = os.path.join(dirpath, name)
            rel = os.path.relpath(full, root)
            st = os.lstat(full)
            if stat.S_ISLNK(st.st_mode):
                rows.append((rel, "link", os.readlink(full)))
            elif stat.S_ISDIR(st.st_mode):
                rows.append((rel, "dir", oct(stat.S_IMODE(st.st_mode))))
            else:
                with open(full, "rb") as f:
                    rows.append((rel, oct(stat.S_IMODE(st.st_mode)), f.read(), int(st.st_mtime)))
    return rows


data = safe_archive()
with tempfile.TemporaryDirectory() as tmp:
    real = os.path.realpath(tmp)

    def clean(msg):
        return str(msg).replace(real, "<dest>").replace(tmp, "<dest>")

    for flt in ["fully_trusted", "tar", "data", tarfile.data_filter]:
        dest = os.path.join(tmp, "out_%s" % getattr(flt, "__name__", flt))
        with tarfile.open(fileobj=io.BytesIO(data)) as tar:
            tar.extractall(dest, filter=flt)
        print(flt if isinstance(flt, str) else flt.__name__)
        for row in walk(dest):
            print("  ", row)

    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        member = tar.getmember("pkg/run.sh")
        for f in (tarfile.fully_trusted_filter, tarfile.tar_filter, tarfile.data_filter):
            out = f(member, tmp)
            print(f.__name__, out is member, out.name, oct(out.mode), out.uid, out.uname)
        print(member.mode == 0o4775)
        d = tarfile.data_filter(tar.getmember("pkg"), tmp)
        print(d.mode, tarfile.tar_filter(tar.getmember("pkg"), tmp).mode)
        one = os.path.join(tmp, "single")
        tar.extract("pkg/data.txt", one, filter="data")
        tar.extract(tar.getmember("pkg/alias"), one, filter="data")
        print(walk(one))

        def rename(member, path):
            if member.name.endswith(".txt"):
                return member.replace(name="renamed/" + os.path.basename(member.name))
            return None

        tar.extractall(os.path.join(tmp, "custom"), filter=rename)
        print(walk(os.path.join(tmp, "custom")))
        only = os.path.join(tmp, "only")
        tar.extractall(only, members=[tar.getmember("pkg/nested/deep.txt")], filter="tar")
        print(walk(only))
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            tar.extractall(os.path.join(tmp, "nofilter"))
        print([(w.category.__name__, str(w.message)) for w in caught])
        try:
            tar.extractall(os.path.join(tmp, "bad"), filter="nope")
        except ValueError as e:
            print(type(e).__name__, e)
        tar.extraction_filter = staticmethod(tarfile.data_filter)
        print(tar.extraction_filter is tarfile.data_filter)

    bad_entries = [
        ("abs", dict(name="/etc/passwd_copy", data=b"x")),
        ("dotdot", dict(name="../escape.txt", data=b"x")),
        ("deepdotdot", dict(name="a/../../escape.txt", data=b"x")),
        ("abslink", dict(name="l1", type=tarfile.SYMTYPE, linkname="/etc/passwd")),
        ("outlink", dict(name="sub/l2", type=tarfile.SYMTYPE, linkname="../../x")),
        ("outhard", dict(name="h", type=tarfile.LNKTYPE, linkname="../x")),
        ("fifo", dict(name="pipe", type=tarfile.FIFOTYPE)),
        ("chr", dict(name="null", type=tarfile.CHRTYPE, devmajor=1, devminor=3)),
    ]
    for label, spec in bad_entries:
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w") as tar:
            spec = dict(spec)
            name = spec.pop("name")
            payload = spec.pop("data", None)
            entry(tar, name, payload, **spec)
        for flt in (("data",) if label in ("fifo", "chr") else ("tar", "data")):
            dest = os.path.join(tmp, "bad_%s_%s" % (label, flt))
            with tarfile.open(fileobj=io.BytesIO(buf.getvalue())) as tar:
                try:
                    tar.extractall(dest, filter=flt)
                    print(label, flt, "ok", [r[:2] for r in walk(dest)] if os.path.isdir(dest) else None)
                except tarfile.FilterError as e:
                    print(label, flt, type(e).__name__, clean(e), e.tarinfo.name)
                except KeyError as e:
                    print(label, flt, type(e).__name__, e)
