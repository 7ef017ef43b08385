# Archives produced by GNU tar 1.34 (gnu and posix formats), gzip-compressed and base64-encoded.
import base64
import gzip
import io
import tarfile

GNU = "H4sIAAAAAAACA+3YQW6DMBAF0Fn3FD4B4Ilttj0Ad0AI3CYqMZVxpOb2dVE3SaQ0XdiV6v82Rt4gMZ6vMasfa0qsiVqttzW6XrdnuWu5VfJ732jWJDRlcFrD4IWgQq2x/vvBT/PBvaWsv1HqTv3NZf1lw6oh0aD+ye3tPC9PBCX3/9cZqMJH+LP+v8p/ycYoEjJHOBXe/1Vd1c/d4l67dN/4p/rL1lychTgtRCQ65H+W/p9j+fvp4O0YFn/u3XC0fY69mqCE+v96/t+xYsb8X0r+s+bb/Gfk/7/P/5cHJZxNkf958v/u/C/1bf7j/p/FZO27GBcXrAv4DVBm/6/nY9J3bPNfvNA9fv+XkiUJTv1jAv0PAAAAAAAAAAX4BI50i44AKAAA"
POSIX = "H4sIAAAAAAACA+3ay26CQBQG4Fn7FDyBzH104d5l38AQmFZTBAPTRN++o00TxV4kzQxF/2+DwkLN8J8znDhNn7L90maFbdq0bXISAPW0lKej1z1SaiRhwnAj2cd55o+cJHsSwVvrssZ/FfKYBE0yt9naBTNzpbShMzGdMTXjknE18Vfz66vsdFVPCIyej3wa+jNOEVfq+/z715f59/FXJFFjyn/3x41o/c86wDprinJTvQ5c/7mUDPUf9R9i5D9I6Pvkn+ru/k9JShI6pvyPtP6vbVnWSPJD5/+8/x9vh6nbu4H7v9Ia/R/9H6L0/xCh79X/u89/kmlJEhZjc4Lnv/P6X9bVy6rYNDZ3dXNYVdnWrv587rf1F1Rcrr/gQmH+FwUTKtllbr043ghBVv+Gc+kEbWjA/Ide4t7zP+HfcMz/7mn9f6z/ynTrv6aY/8Wp/2b+D+r/842Om1T0invLP2Xquv5j/hdFYe0uyevK2cohHQ8//2sP2wGe/6///yH9dhH9f7D532e7/LKZUoNmelf5DxL6Tv6NMT3mf1xyv//noQeT6P8AAAAAAAAAAAAAAAAAAAAAAAAAMELvyjoDAgBQAAA="


for label, blob in (("gnu", GNU), ("posix", POSIX)):
    raw = base64.b64decode(blob)
    for mode in ("r", "r:gz", "r|gz", "r|*"):
        with tarfile.open(fileobj=io.BytesIO(raw), mode=mode) as tar:
            rows = []
            for m in tar:
                content = None
                if m.isfile() and "|" not in mode:
                    content = tar.extractfile(m).read()
                elif m.isfile():
                    content = tar.extractfile(m).read()
                rows.append((m.name, m.type, m.size, oct(m.mode), m.mtime, m.uid, m.gid,
                             m.uname, m.gname, m.linkname, content))
        print(label, mode, len(rows))
        if mode == "r":
            for row in rows:
                print("  ", row)
    plain = gzip.decompress(raw)
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        for m in tar.getmembers():
            print("  ", m.name[-24:], sorted(m.pax_headers), m.offset, m.offset_data)
        hard = [m for m in tar.getmembers() if m.islnk()]
        sym = [m for m in tar.getmembers() if m.issym()]
        print(tar.extractfile(hard[0]).read(), tar.extractfile(sym[0]).read())
    print(tarfile.is_tarfile(io.BytesIO(plain)), tarfile.is_tarfile(io.BytesIO(raw)))
