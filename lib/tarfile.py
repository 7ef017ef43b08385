"""Read and write tar archives (ustar, GNU and pax formats), optionally gzip-compressed."""

import builtins as _builtins
import copy
import io
import os
import re
import stat
import struct
import sys
import time

try:
    import pwd
except ImportError:
    pwd = None
try:
    import grp
except ImportError:
    grp = None

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError", "ReadError",
           "CompressionError", "StreamError", "ExtractError", "HeaderError",
           "ENCODING", "USTAR_FORMAT", "GNU_FORMAT", "PAX_FORMAT",
           "DEFAULT_FORMAT", "open", "fully_trusted_filter", "data_filter",
           "tar_filter", "FilterError", "AbsoluteLinkError",
           "OutsideDestinationError", "SpecialFileError", "AbsolutePathError",
           "LinkOutsideDestinationError"]

_file_open = _builtins.open

# ======================================================================
# Constants
# ======================================================================
NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = 20 * BLOCKSIZE
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"
GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"
XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT, GNU_FORMAT, PAX_FORMAT = 0, 1, 2
DEFAULT_FORMAT = 2

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE,
                   CONTTYPE, CHRTYPE, BLKTYPE, GNUTYPE_LONGNAME,
                   GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)

PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname")
PAX_NAME_FIELDS = set(("path", "linkpath", "uname", "gname"))
PAX_NUMBER_FIELDS = dict(atime=float, ctime=float, mtime=float,
                         uid=int, gid=int, size=int)

ENCODING = "utf-8" if os.name == "nt" else sys.getfilesystemencoding()

_EXT_HEADER_TYPES = (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE)


# ======================================================================
# Header field codecs
# ======================================================================
def _has_surrogate(text):
    try:
        text.encode("utf-8", "strict")
    except UnicodeEncodeError:
        return True
    return False


def _to_bytes(text, encoding, errors):
    return text.encode(encoding, errors)


def stn(s, length, encoding, errors):
    """str -> fixed-width NUL-padded bytes."""
    if s is None:
        raise ValueError("metadata cannot contain None")
    raw = _to_bytes(s, encoding, errors)[:length]
    return raw.ljust(length, NUL)


def nts(s, encoding, errors):
    """NUL-terminated bytes -> str."""
    cut = s.find(NUL)
    text = s if cut < 0 else s[:cut]
    return text.decode(encoding, errors)


def nti(s):
    """Numeric field (octal digits, or GNU base-256 when the high bit is set) -> int."""
    lead = s[0]
    if lead in (0x80, 0xFF):
        value = int.from_bytes(bytes(s[1:]), "big")
        if lead == 0xFF:
            value -= 256 ** (len(s) - 1)
        return value
    try:
        digits = nts(s, "ascii", "strict").strip()
        return int(digits, 8) if digits else 0
    except ValueError:
        raise InvalidHeaderError("invalid header")


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """int -> numeric field of the given width (octal; base-256 allowed for GNU)."""
    n = int(n)
    limit = 8 ** (digits - 1)
    if 0 <= n < limit:
        return _octal(n, digits - 1) + NUL
    span = 256 ** (digits - 1)
    if format == GNU_FORMAT and -span <= n < span:
        if n < 0:
            return b"\xff" + (256 ** digits + n).to_bytes(digits, "big")[1:]
        return b"\x80" + n.to_bytes(digits - 1, "big")
    raise ValueError("overflow in number field")


def _octal(n, width):
    return ("{:0%do}" % width).format(n).encode("ascii")


def calc_chksums(buf):
    """(unsigned, signed) header checksums, the chksum field counted as spaces."""
    covered = bytes(buf[:148]) + bytes(buf[156:512])
    plain = 256 + sum(covered)
    highs = len(covered) - len(covered.translate(None, bytes(range(128, 256))))
    return plain, plain - 256 * highs


def _round_up(count):
    return -(-count // BLOCKSIZE) * BLOCKSIZE


def _pad_block(data):
    extra = len(data) % BLOCKSIZE
    return data + NUL * (BLOCKSIZE - extra) if extra else data


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copy length bytes (all, when length is None) from src to dst."""
    step = bufsize or 16384
    if length is None:
        while True:
            piece = src.read(step)
            if not piece:
                return
            dst.write(piece)
    left = length
    while left:
        want = min(step, left)
        piece = src.read(want)
        if len(piece) < want:
            raise exception("unexpected end of data")
        dst.write(piece)
        left -= want


def _safe_print(s):
    out_enc = getattr(sys.stdout, "encoding", None)
    if out_enc is not None:
        s = s.encode(out_enc, "backslashreplace").decode(out_enc)
    print(s, end=" ")


# ======================================================================
# Exceptions
# ======================================================================
class TarError(Exception):
    """Base class for tarfile errors."""


class ExtractError(TarError):
    """A non-fatal error during extraction."""


class ReadError(TarError):
    """The archive cannot be read."""


class CompressionError(TarError):
    """The compression method is unknown or unavailable."""


class StreamError(TarError):
    """An operation that stream-like TarFile objects do not allow."""


class HeaderError(TarError):
    """A header block is invalid."""


class EmptyHeaderError(HeaderError):
    """The header block is empty."""


class TruncatedHeaderError(HeaderError):
    """The header block is shorter than 512 bytes."""


class EOFHeaderError(HeaderError):
    """An end-of-archive zero block."""


class InvalidHeaderError(HeaderError):
    """The header block holds bad data."""


class SubsequentHeaderError(HeaderError):
    """A header following a GNU or pax extension header is invalid."""


# ======================================================================
# Stream mode (r|..., w|...)
# ======================================================================
def _missing_compressor(kind):
    return CompressionError("%s module is not available" % {"bz2": "bz2", "xz": "lzma"}[kind])


class _PlainFd:
    """Unbuffered OS-level file used by stream modes when no fileobj is given."""

    def __init__(self, name, mode):
        flags = os.O_RDONLY if mode == "r" else (os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        self._fd = os.open(name, flags, 0o666)

    def read(self, n):
        return os.read(self._fd, n)

    def write(self, data):
        os.write(self._fd, data)

    def close(self):
        os.close(self._fd)


class _Sniffer:
    """Reads one block ahead so the compression can be guessed, then replays it."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.head = fileobj.read(BLOCKSIZE)
        self._replayed = False

    def read(self, n):
        if not self._replayed:
            self._replayed = True
            return self.head
        return self.fileobj.read(n)

    def getcomptype(self):
        head = self.head
        if head[:3] == b"\x1f\x8b\x08":
            return "gz"
        if head[:3] == b"BZh" and head[4:10] == b"1AY&SY":
            return "bz2"
        if head[:4] == b"\x5d\x00\x00\x80" or head[:5] == b"\xfd7zXZ":
            return "xz"
        return "tar"

    def close(self):
        self.fileobj.close()


class _Stream:
    """Forward-only access to a plain or gzip-compressed byte stream."""

    def __init__(self, name, mode, comptype, fileobj, bufsize, compresslevel):
        owned = fileobj is None
        if owned:
            fileobj = _PlainFd(name, mode)
        if comptype == "*":
            fileobj = _Sniffer(fileobj)
            comptype = fileobj.getcomptype()
        self._extfileobj = not owned
        self.name = name or ""
        self.mode = mode
        self.comptype = comptype
        self.fileobj = fileobj
        self.bufsize = bufsize
        self.closed = False
        self.pos = 0
        self._raw = b""        # raw (compressed) bytes not yet consumed / written
        self._plain = b""      # decompressed bytes not yet handed out
        try:
            if comptype == "gz":
                try:
                    import zlib
                except ImportError:
                    raise CompressionError("zlib module is not available") from None
                self._zlib = zlib
                self._crc = 0
                if mode == "r":
                    self._codec = zlib.decompressobj(-zlib.MAX_WBITS)
                    self._skip_gzip_header()
                else:
                    self._codec = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                                   -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
                    self._emit_gzip_header()
            elif comptype in ("bz2", "xz"):
                raise _missing_compressor(comptype)
            elif comptype != "tar":
                raise CompressionError("unknown compression type %r" % comptype)
        except BaseException:
            if owned:
                self.fileobj.close()
            self.closed = True
            raise

    def __del__(self):
        if not getattr(self, "closed", True):
            try:
                self.close()
            except Exception:
                pass

    # -- writing
    def _emit_gzip_header(self):
        stamp = struct.pack("<L", int(time.time()))
        stored = self.name[:-3] if self.name.endswith(".gz") else self.name
        stored = os.path.basename(stored)
        self.name = stored
        self._push(b"\x1f\x8b\x08\x08" + stamp + b"\x02\xff"
                   + stored.encode("iso-8859-1", "replace") + NUL)

    def _push(self, data):
        pending = self._raw + data
        size = self.bufsize
        start = 0
        while len(pending) - start > size:
            self.fileobj.write(pending[start:start + size])
            start += size
        self._raw = pending[start:]

    def write(self, data):
        self.pos += len(data)
        if self.comptype == "gz":
            self._crc = self._zlib.crc32(data, self._crc)
            data = self._codec.compress(data)
        self._push(data)

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode == "w":
                if self.comptype != "tar":
                    self._raw += self._codec.flush()
                if self._raw:
                    self.fileobj.write(self._raw)
                    self._raw = b""
                    if self.comptype == "gz":
                        self.fileobj.write(struct.pack("<LL", self._crc & 0xFFFFFFFF,
                                                       self.pos & 0xFFFFFFFF))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    # -- reading
    def _skip_gzip_header(self):
        if self._pull(2) != b"\x1f\x8b":
            raise ReadError("not a gzip file")
        if self._pull(1) != b"\x08":
            raise CompressionError("unsupported compression method")
        flags = self._pull(1)[0]
        self._pull(6)
        if flags & 0x04:
            lo, hi = self._pull(2)
            self.read(lo + 256 * hi)
        for bit in (0x08, 0x10):
            if flags & bit:
                while self._pull(1) not in (b"", NUL):
                    pass
        if flags & 0x02:
            self._pull(2)

    def _pull(self, n):
        """Return n raw bytes (fewer at end of input)."""
        chunks = [self._raw]
        have = len(self._raw)
        while have < n:
            more = self.fileobj.read(self.bufsize)
            if not more:
                break
            chunks.append(more)
            have += len(more)
        joined = b"".join(chunks)
        self._raw = joined[n:]
        return joined[:n]

    def _inflate(self, n):
        chunks = [self._plain]
        have = len(self._plain)
        while have < n:
            if self._raw:
                src, self._raw = self._raw, b""
            else:
                src = self.fileobj.read(self.bufsize)
                if not src:
                    break
            try:
                out = self._codec.decompress(src)
            except self._zlib.error as e:
                raise ReadError("invalid compressed data") from e
            chunks.append(out)
            have += len(out)
        joined = b"".join(chunks)
        self._plain = joined[n:]
        return joined[:n]

    def read(self, size):
        data = self._pull(size) if self.comptype == "tar" else self._inflate(size)
        self.pos += len(data)
        return data

    def tell(self):
        return self.pos

    def seek(self, pos=0):
        gap = pos - self.pos
        if gap < 0:
            raise StreamError("seeking backwards is not allowed")
        while gap > 0:
            step = min(gap, self.bufsize)
            self.read(step)
            gap -= step
        return self.pos


# ======================================================================
# File objects for member data
# ======================================================================
class _FileInFile(io.RawIOBase):
    """Raw, read-only window onto one member's data inside the archive."""

    def __init__(self, fileobj, offset, size, name, blockinfo=None):
        self.fileobj = fileobj
        self.offset = offset
        self.size = size
        self.name = name
        self.position = 0

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return self.fileobj.seekable()

    def tell(self):
        return self.position

    def seek(self, position, whence=io.SEEK_SET):
        bases = {io.SEEK_SET: 0, io.SEEK_CUR: self.position, io.SEEK_END: self.size}
        if whence not in bases:
            raise ValueError("Invalid argument")
        target = bases[whence] + position
        self.position = 0 if target < 0 else (self.size if target > self.size else target)
        return self.position

    def read(self, size=None):
        remaining = self.size - self.position
        count = remaining if size is None or size < 0 else min(size, remaining)
        if count <= 0:
            return b""
        self.fileobj.seek(self.offset + self.position)
        data = self.fileobj.read(count)
        if len(data) != count:
            raise ReadError("unexpected end of data")
        self.position += count
        return data

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)


class ExFileObject(io.BufferedReader):
    """File object returned by TarFile.extractfile()."""

    def __init__(self, tarfile, tarinfo):
        super().__init__(_FileInFile(tarfile.fileobj, tarinfo.offset_data,
                                     tarinfo.size, tarinfo.name, tarinfo.sparse))


# ======================================================================
# Extraction filters
# ======================================================================
class FilterError(TarError):
    """Base class of the errors raised by extraction filters."""

    @property
    def tarinfo(self):
        return self._tarinfo


class AbsolutePathError(FilterError):
    """The member's name is an absolute path."""

    def __init__(self, tarinfo):
        self._tarinfo = tarinfo
        super().__init__("member %r has an absolute path" % (tarinfo.name,))


class OutsideDestinationError(FilterError):
    """The member would land outside the destination directory."""

    def __init__(self, tarinfo, path):
        self._tarinfo = tarinfo
        self._path = path
        super().__init__("%r would be extracted to %r, which is outside the destination"
                         % (tarinfo.name, path))


class SpecialFileError(FilterError):
    """The member is a device or a FIFO."""

    def __init__(self, tarinfo):
        self._tarinfo = tarinfo
        super().__init__("%r is a special file" % (tarinfo.name,))


class AbsoluteLinkError(FilterError):
    """The member is a link whose target is an absolute path."""

    def __init__(self, tarinfo):
        self._tarinfo = tarinfo
        super().__init__("%r is a link to an absolute path" % (tarinfo.name,))


class LinkOutsideDestinationError(FilterError):
    """The member is a link pointing outside the destination directory."""

    def __init__(self, tarinfo, path):
        self._tarinfo = tarinfo
        self._path = path
        super().__init__("%r would link to %r, which is outside the destination"
                         % (tarinfo.name, path))


def _inside(root, candidate):
    return os.path.commonpath([candidate, root]) == root


def _sanitize(member, dest_path, strict_data):
    """Compute the attribute changes a filter makes; raise FilterError on refusal."""
    root = os.path.realpath(dest_path)
    updates = {}
    name = member.name
    if name[:1] in ("/", os.sep):
        name = member.path.lstrip("/" + os.sep)
        updates["name"] = name
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    landing = os.path.realpath(os.path.join(root, name))
    if not _inside(root, landing):
        raise OutsideDestinationError(member, landing)

    old_mode = member.mode
    if old_mode is not None:
        new_mode = old_mode & 0o755      # drop setuid/setgid/sticky and group/other write
        if strict_data:
            if member.isreg() or member.islnk():
                if not new_mode & stat.S_IXUSR:
                    new_mode &= ~(stat.S_IXGRP | stat.S_IXOTH)
                new_mode |= stat.S_IRUSR | stat.S_IWUSR
            elif member.isdir() or member.issym():
                new_mode = None
            else:
                raise SpecialFileError(member)
        if new_mode != old_mode:
            updates["mode"] = new_mode

    if strict_data:
        for owner_attr in ("uid", "gid", "uname", "gname"):
            if getattr(member, owner_attr) is not None:
                updates[owner_attr] = None
        if member.issym() or member.islnk():
            target = member.linkname
            if os.path.isabs(target):
                raise AbsoluteLinkError(member)
            base = os.path.join(root, os.path.dirname(name)) if member.issym() else root
            resolved = os.path.realpath(os.path.join(base, target))
            if not _inside(root, resolved):
                raise LinkOutsideDestinationError(member, resolved)
    return updates


def fully_trusted_filter(member, dest_path):
    """Extract as-is (the pre-3.14 behaviour)."""
    return member


def tar_filter(member, dest_path):
    """Refuse paths leaving dest_path; strip leading slashes and risky mode bits."""
    updates = _sanitize(member, dest_path, False)
    return member.replace(**updates, deep=False) if updates else member


def data_filter(member, dest_path):
    """tar_filter plus: no special files, links must stay inside, owner info dropped."""
    updates = _sanitize(member, dest_path, True)
    return member.replace(**updates, deep=False) if updates else member


_NAMED_FILTERS = {"fully_trusted": fully_trusted_filter,
                  "tar": tar_filter,
                  "data": data_filter}

_KEEP = object()


# ======================================================================
# TarInfo
# ======================================================================
# (attribute, offset, width, kind) of the fields of a ustar header block
_LAYOUT = (
    ("name", 0, 100, "text"),
    ("mode", 100, 8, "num"),
    ("uid", 108, 8, "num"),
    ("gid", 116, 8, "num"),
    ("size", 124, 12, "num"),
    ("mtime", 136, 12, "num"),
    ("type", 156, 1, "raw"),
    ("linkname", 157, 100, "text"),
    ("magic", 257, 8, "raw"),
    ("uname", 265, 32, "text"),
    ("gname", 297, 32, "text"),
    ("devmajor", 329, 8, "num"),
    ("devminor", 337, 8, "num"),
    ("prefix", 345, 155, "text"),
)

_PAX_RECORD = re.compile(rb"(\d+) ([^=]+)=")
_PAX_BINARY = re.compile(rb"\d+ hdrcharset=BINARY\n")


def _header_block(fields, fmt, encoding, errors):
    """Assemble and checksum one 512-byte header block from a dict of fields."""
    kind = fields.get("type", REGTYPE)
    if kind is None:
        raise ValueError("TarInfo.type must not be None")
    block = bytearray(BLOCKSIZE)
    is_device = kind in (CHRTYPE, BLKTYPE)
    for attr, start, width, how in _LAYOUT:
        if how == "num":
            if attr in ("devmajor", "devminor") and not is_device:
                continue
            value = fields.get(attr, 0)
            if attr == "mode":
                value &= 0o7777
            raw = itn(value, width, fmt)
        elif how == "text":
            raw = stn(fields.get(attr, ""), width, encoding, errors)
        elif attr == "type":
            raw = kind
        else:
            raw = fields.get("magic", POSIX_MAGIC)
        block[start:start + width] = raw
    block[148:156] = b"        "
    total = calc_chksums(block)[0]
    block[148:155] = _octal(total, 6) + NUL
    return bytes(block)


def _pax_records(pax_headers, encoding):
    raw_values = False
    for value in pax_headers.values():
        if _has_surrogate(value):
            raw_values = True
            break
    parts = [b"21 hdrcharset=BINARY\n"] if raw_values else []
    for key, value in pax_headers.items():
        kbytes = key.encode("utf-8")
        if raw_values:
            vbytes = _to_bytes(value, encoding, "surrogateescape")
        else:
            vbytes = value.encode("utf-8")
        body = len(kbytes) + len(vbytes) + 3       # space, '=' and newline
        total = body + 1
        while body + len(str(total)) != total:
            total = body + len(str(total))
        parts.append(b"%d %s=%s\n" % (total, kbytes, vbytes))
    return b"".join(parts)


def _pax_header(pax_headers, kind, encoding):
    records = _pax_records(pax_headers, encoding)
    head = {"name": "././@PaxHeader", "type": kind, "size": len(records),
            "magic": POSIX_MAGIC}
    return _header_block(head, USTAR_FORMAT, "ascii", "replace") + _pad_block(records)


def _gnu_long_header(text, kind, encoding, errors):
    payload = _to_bytes(text, encoding, errors) + NUL
    head = {"name": "././@LongLink", "type": kind, "size": len(payload),
            "magic": GNU_MAGIC}
    return _header_block(head, USTAR_FORMAT, encoding, errors) + _pad_block(payload)


def _split_for_ustar(path, encoding, errors):
    pieces = path.split("/")
    for cut in range(1, len(pieces)):
        head = "/".join(pieces[:cut])
        tail = "/".join(pieces[cut:])
        if (len(_to_bytes(head, encoding, errors)) <= LENGTH_PREFIX
                and len(_to_bytes(tail, encoding, errors)) <= LENGTH_NAME):
            return head, tail
    raise ValueError("name is too long")


def _decode_pax_value(raw, first, fallback, fallback_errors):
    try:
        return raw.decode(first, "strict")
    except UnicodeDecodeError:
        return raw.decode(fallback, fallback_errors)


def _parse_pax(payload, archive):
    """Parse pax records into a dict (keys in order of appearance)."""
    names_enc = archive.encoding if _PAX_BINARY.search(payload) else "utf-8"
    found = {}
    pos = 0
    end = len(payload)
    while pos < end and payload[pos] != 0:
        m = _PAX_RECORD.match(payload, pos)
        if m is None:
            raise InvalidHeaderError("invalid header")
        length = int(m.group(1))
        if length < 1:
            raise InvalidHeaderError("invalid header")
        key = m.group(2).decode("utf-8", "strict")
        raw = payload[m.end():pos + length - 1]
        if key in PAX_NAME_FIELDS:
            value = _decode_pax_value(raw, names_enc, archive.encoding, archive.errors)
        else:
            value = _decode_pax_value(raw, "utf-8", "utf-8", archive.errors)
        found[key] = value
        pos += length
    return found


def _type_test(*kinds):
    def test(self):
        return self.type in kinds
    return test


class TarInfo:
    """Metadata of one archive member."""

    __slots__ = dict(
        name="Member name (path inside the archive).",
        mode="Permission bits (an int), or None.",
        uid="Numeric owner id.",
        gid="Numeric group id.",
        size="Data size in bytes.",
        mtime="Modification time (seconds since the epoch).",
        chksum="Checksum read from the header.",
        type="One of the *TYPE constants.",
        linkname="Target name for hard and symbolic links.",
        uname="Owner name.",
        gname="Group name.",
        devmajor="Major number of a device member.",
        devminor="Minor number of a device member.",
        offset="Archive offset of the member's first header block.",
        offset_data="Archive offset of the member's data.",
        pax_headers="Dict of the pax records that applied to this member.",
        sparse="Sparse map (unsupported: always None).",
        _sparse_structs=None,
        _link_target=None,
        tarfile=None,
    )

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = self.gid = 0
        self.size = self.mtime = self.chksum = 0
        self.type = REGTYPE
        self.linkname = self.uname = self.gname = ""
        self.devmajor = self.devminor = 0
        self.offset = self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}
        self.tarfile = None

    path = property(lambda self: self.name,
                    lambda self, value: setattr(self, "name", value),
                    doc="Alias of name.")
    linkpath = property(lambda self: self.linkname,
                        lambda self, value: setattr(self, "linkname", value),
                        doc="Alias of linkname.")

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.name, id(self))

    def replace(self, *, name=_KEEP, mtime=_KEEP, mode=_KEEP, linkname=_KEEP,
                uid=_KEEP, gid=_KEEP, uname=_KEEP, gname=_KEEP, deep=True):
        """Return a (deep by default) copy with some attributes changed."""
        dup = copy.deepcopy(self) if deep else copy.copy(self)
        changes = dict(name=name, mtime=mtime, mode=mode, linkname=linkname,
                       uid=uid, gid=gid, uname=uname, gname=gname)
        for attr, value in changes.items():
            if value is not _KEEP:
                setattr(dup, attr, value)
        return dup

    def get_info(self):
        """Return the header-relevant attributes as a dict."""
        fields = {attr: getattr(self, attr) for attr in
                  ("name", "mode", "uid", "gid", "size", "mtime", "chksum", "type",
                   "linkname", "uname", "gname", "devmajor", "devminor")}
        if fields["mode"] is not None:
            fields["mode"] &= 0o7777
        if self.type == DIRTYPE and not fields["name"].endswith("/"):
            fields["name"] = fields["name"] + "/"
        return fields

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """Return the header block(s) for this member in the given format."""
        fields = self.get_info()
        for attr, value in fields.items():
            if value is None:
                raise ValueError("%s may not be None" % attr)
        if format == PAX_FORMAT:
            return self.create_pax_header(fields, encoding)
        if format == GNU_FORMAT:
            return self.create_gnu_header(fields, encoding, errors)
        if format == USTAR_FORMAT:
            return self.create_ustar_header(fields, encoding, errors)
        raise ValueError("invalid format")

    def create_ustar_header(self, info, encoding, errors):
        """Plain POSIX ustar header (long names split into prefix/name)."""
        info["magic"] = POSIX_MAGIC
        too_long = lambda key, lim: len(_to_bytes(info[key], encoding, errors)) > lim
        if too_long("linkname", LENGTH_LINK):
            raise ValueError("linkname is too long")
        if too_long("name", LENGTH_NAME):
            info["prefix"], info["name"] = _split_for_ustar(info["name"], encoding, errors)
        return _header_block(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        """GNU header, preceded by ././@LongLink blocks for long names."""
        info["magic"] = GNU_MAGIC
        extra = []
        for key, kind, lim in (("linkname", GNUTYPE_LONGLINK, LENGTH_LINK),
                               ("name", GNUTYPE_LONGNAME, LENGTH_NAME)):
            if len(_to_bytes(info[key], encoding, errors)) > lim:
                extra.append(_gnu_long_header(info[key], kind, encoding, errors))
        extra.append(_header_block(info, GNU_FORMAT, encoding, errors))
        return b"".join(extra)

    def create_pax_header(self, info, encoding):
        """ustar header preceded by a pax extended header when needed."""
        info["magic"] = POSIX_MAGIC
        records = dict(self.pax_headers)
        for attr, key, lim in (("name", "path", LENGTH_NAME),
                               ("linkname", "linkpath", LENGTH_LINK),
                               ("uname", "uname", 32),
                               ("gname", "gname", 32)):
            if key in records:
                continue
            text = info[attr]
            if not text.isascii() or len(text) > lim:
                records[key] = text
        for attr, width in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            value = info[attr]
            if isinstance(value, float):
                whole = round(value)
            else:
                whole = value
            fits = 0 <= whole < 8 ** (width - 1)
            if fits and whole is value:
                continue
            info[attr] = whole if fits else 0
            records.setdefault(attr, str(value))
        prefix = _pax_header(records, XHDTYPE, encoding) if records else b""
        return prefix + _header_block(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        """Return a pax global header (type 'g') for the given records."""
        return _pax_header(pax_headers, XGLTYPE, "utf-8")

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """Decode one 512-byte header block into a TarInfo."""
        if not buf:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        stored_sum = nti(buf[148:156])
        if stored_sum not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")
        member = cls()
        prefix = ""
        for attr, start, width, how in _LAYOUT:
            raw = buf[start:start + width]
            if how == "num":
                value = nti(raw)
            elif how == "text":
                value = nts(raw, encoding, errors)
            elif attr == "type":
                value = raw
            else:
                continue
            if attr == "prefix":
                prefix = value
            else:
                setattr(member, attr, value)
        member.chksum = stored_sum
        if member.type == AREGTYPE and member.name.endswith("/"):
            member.type = DIRTYPE
        if member.type == GNUTYPE_SPARSE:
            raise NotImplementedError("tarfile: GNU sparse members are not supported")
        if member.type == DIRTYPE:
            member.name = member.name.rstrip("/")
        if prefix and member.type not in GNU_TYPES:
            member.name = "%s/%s" % (prefix, member.name)
        return member

    @classmethod
    def fromtarfile(cls, tarfile):
        """Read the next member, with its extension headers, from an open TarFile."""
        src = tarfile.fileobj
        first_offset = src.tell()
        local = None
        long_name = long_link = None
        after_extension = False
        while True:
            try:
                member = cls.frombuf(src.read(BLOCKSIZE), tarfile.encoding, tarfile.errors)
            except HeaderError as e:
                if after_extension:
                    raise SubsequentHeaderError(str(e)) from None
                raise
            kind = member.type
            if kind in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
                text = nts(src.read(_round_up(member.size)), tarfile.encoding, tarfile.errors)
                if kind == GNUTYPE_LONGNAME:
                    long_name = text if long_name is None else long_name
                else:
                    long_link = text if long_link is None else long_link
            elif kind in _EXT_HEADER_TYPES:
                records = _parse_pax(src.read(_round_up(member.size)), tarfile)
                if kind == XGLTYPE:
                    tarfile.pax_headers.update(records)
                else:
                    if local is None:
                        local = {}
                    for key, value in records.items():
                        local.setdefault(key, value)
            else:
                break
            after_extension = True
        member.offset = first_offset
        member.offset_data = src.tell()
        merged = dict(tarfile.pax_headers)
        if local:
            merged.update(local)
        member._apply_pax_info(merged, tarfile.encoding, tarfile.errors)
        if long_name is not None:
            member.name = long_name
        if long_link is not None:
            member.linkname = long_link
        if member.type == DIRTYPE:
            member.name = member.name.rstrip("/")
        data_end = member.offset_data
        if member.isreg() or member.type not in SUPPORTED_TYPES:
            data_end += _round_up(member.size)
        tarfile.offset = data_end
        return member

    def _apply_pax_info(self, pax_headers, encoding, errors):
        for key, value in pax_headers.items():
            if key not in PAX_FIELDS:
                continue
            convert = PAX_NUMBER_FIELDS.get(key)
            if convert is not None:
                try:
                    value = convert(value)
                except ValueError:
                    value = 0
            elif key == "path":
                value = value.rstrip("/")
            setattr(self, key, value)
        self.pax_headers = dict(pax_headers)

    @staticmethod
    def _block(count):
        return _round_up(count)

    isreg = _type_test(*REGULAR_TYPES)
    isfile = _type_test(*REGULAR_TYPES)
    isdir = _type_test(DIRTYPE)
    issym = _type_test(SYMTYPE)
    islnk = _type_test(LNKTYPE)
    ischr = _type_test(CHRTYPE)
    isblk = _type_test(BLKTYPE)
    isfifo = _type_test(FIFOTYPE)
    isdev = _type_test(CHRTYPE, BLKTYPE, FIFOTYPE)

    def issparse(self):
        return self.sparse is not None


# ======================================================================
# TarFile
# ======================================================================
def _need_mode(mode, allowed):
    if mode not in allowed:
        raise ValueError("mode must be " + ", ".join(repr(m) for m in allowed[:-1])
                         + " or %r" % allowed[-1])


class TarFile:
    """A tar archive opened for reading ('r'), appending ('a') or writing ('w', 'x')."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject
    extraction_filter = None

    OPEN_METH = {"tar": "taropen", "gz": "gzopen", "bz2": "bz2open", "xz": "xzopen"}

    def __init__(self, name=None, mode="r", fileobj=None, format=None,
                 tarinfo=None,
                 dereference=None,
                 ignore_zeros=None,
                 encoding=None,
                 errors="surrogateescape",
                 pax_headers=None,
                 debug=None,
                 errorlevel=None,
                 copybufsize=None):
        file_modes = dict(r="rb", a="r+b", w="wb", x="xb")
        if mode not in file_modes:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = file_modes[mode]
        if fileobj:
            self._extfileobj = True
            given = getattr(fileobj, "name", None)
            if name is None and isinstance(given, (str, bytes)):
                name = given
            self._mode = getattr(fileobj, "mode", self._mode)
        else:
            if mode == "a" and not os.path.exists(name):
                self.mode, self._mode = "w", "wb"
            fileobj = _file_open(name, self._mode)
            self._extfileobj = False
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj

        overrides = (("format", format), ("tarinfo", tarinfo),
                     ("dereference", dereference), ("ignore_zeros", ignore_zeros),
                     ("encoding", encoding), ("debug", debug),
                     ("errorlevel", errorlevel))
        for attr, value in overrides:
            if value is not None:
                setattr(self, attr, value)
        self.errors = errors
        use_pax = pax_headers is not None and self.format == PAX_FORMAT
        self.pax_headers = pax_headers if use_pax else {}
        self.copybufsize = copybufsize

        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = fileobj.tell()
        self.inodes = {}
        try:
            if self.mode == "r":
                self.firstmember = None
                self.firstmember = self.next()
            elif self.mode == "a":
                self._scan_for_append()
            if self.mode in "awx":
                self._loaded = True
                if self.pax_headers:
                    head = self.tarinfo.create_pax_global_header(dict(self.pax_headers))
                    fileobj.write(head)
                    self.offset += len(head)
        except BaseException:
            if not self._extfileobj:
                fileobj.close()
            self.closed = True
            raise

    def _scan_for_append(self):
        src = self.fileobj
        while True:
            src.seek(self.offset)
            try:
                found = self.tarinfo.fromtarfile(self)
            except EOFHeaderError:
                src.seek(self.offset)
                return
            except HeaderError as e:
                raise ReadError(str(e)) from None
            self.members.append(found)

    # ------------------------------------------------------------ constructors
    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Open an archive; mode is 'r', 'r:*', 'r:gz', 'w:gz', 'r|*', 'w|gz', ... ."""
        if not (name or fileobj):
            raise ValueError("nothing to open")

        if mode in ("r", "r:*"):
            # try every compression, the uncompressed reader last
            order = [c for c in cls.OPEN_METH if cls.OPEN_METH[c] != "taropen"]
            order += [c for c in cls.OPEN_METH if cls.OPEN_METH[c] == "taropen"]
            problems = []
            for comp in order:
                opener = getattr(cls, cls.OPEN_METH[comp])
                mark = None if fileobj is None else fileobj.tell()
                try:
                    return opener(name, "r", fileobj, **kwargs)
                except (ReadError, CompressionError) as e:
                    problems.append("- method %s: %r" % (comp, e))
                    if mark is not None:
                        fileobj.seek(mark)
            raise ReadError("file could not be opened successfully:\n" + "\n".join(problems))

        for sep in (":", "|"):
            if sep in mode:
                break
        else:
            if mode in ("a", "w", "x"):
                return cls.taropen(name, mode, fileobj, **kwargs)
            raise ValueError("undiscernible mode")

        access, _, comp = mode.partition(sep)
        access = access or "r"
        comp = comp or "tar"
        if sep == ":":
            method = cls.OPEN_METH.get(comp)
            if method is None:
                raise CompressionError("unknown compression type %r" % comp)
            return getattr(cls, method)(name, access, fileobj, **kwargs)

        if access not in ("r", "w"):
            raise ValueError("mode must be 'r' or 'w'")
        level = kwargs.pop("compresslevel", 9)
        stream = _Stream(name, access, comp, fileobj, bufsize, level)
        try:
            archive = cls(name, access, stream, **kwargs)
        except BaseException:
            stream.close()
            raise
        archive._extfileobj = False
        return archive

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        """Open an uncompressed archive."""
        _need_mode(mode, ("r", "a", "w", "x"))
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a gzip-compressed archive."""
        _need_mode(mode, ("r", "w", "x"))
        try:
            import gzip
        except ImportError:
            raise CompressionError("gzip module is not available") from None
        reading = mode == "r"
        try:
            zfile = gzip.GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as e:
            if reading and fileobj is not None:
                raise ReadError("not a gzip file") from e
            raise
        try:
            archive = cls.taropen(name, mode, zfile, **kwargs)
        except OSError as e:
            zfile.close()
            if reading:
                raise ReadError("not a gzip file") from e
            raise
        except BaseException:
            zfile.close()
            raise
        archive._extfileobj = False
        return archive

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """bzip2 archives need the bz2 module, which is not available."""
        _need_mode(mode, ("r", "w", "x"))
        raise _missing_compressor("bz2")

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        """xz archives need the lzma module, which is not available."""
        _need_mode(mode, ("r", "w", "x"))
        raise _missing_compressor("xz")

    # ------------------------------------------------------------ lifetime
    def __enter__(self):
        self._check()
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            # leave the archive unfinished, but release the file
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            return
        self.close()

    def close(self):
        """Finish (in write modes) and close the archive."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in "awx":
                trailer = NUL * (2 * BLOCKSIZE)
                self.offset += len(trailer)
                short = self.offset % RECORDSIZE
                if short:
                    trailer += NUL * (RECORDSIZE - short)
                self.fileobj.write(trailer)
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % type(self).__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def _dbg(self, level, msg):
        if self.debug >= level:
            print(msg, file=sys.stderr)

    # ------------------------------------------------------------ member access
    def getmember(self, name):
        """Return the TarInfo of the last member called name (KeyError if none)."""
        found = self._getmember(name.rstrip("/"))
        if found is None:
            raise KeyError("filename %r not found" % name)
        return found

    def getmembers(self):
        """Return all members as a list of TarInfo objects."""
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        """Return the member names."""
        return [member.name for member in self.getmembers()]

    def _load(self):
        if self.mode == "r":
            while self.next() is not None:
                pass
        self._loaded = True

    def next(self):
        """Return the next member (None at the end); used for lazy iteration."""
        self._check("ra")
        pending = self.firstmember
        if pending is not None:
            self.firstmember = None
            return pending

        src = self.fileobj
        if self.offset != src.tell():
            if self.offset == 0:
                return None
            src.seek(self.offset - 1)
            if not src.read(1):
                raise ReadError("unexpected end of data")

        found = None
        while True:
            at_start = self.offset == 0
            try:
                found = self.tarinfo.fromtarfile(self)
            except (EOFHeaderError, InvalidHeaderError) as e:
                if self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
                if isinstance(e, InvalidHeaderError) and at_start:
                    raise ReadError(str(e)) from None
            except EmptyHeaderError:
                if at_start:
                    raise ReadError("empty file") from None
            except TruncatedHeaderError as e:
                if at_start:
                    raise ReadError(str(e)) from None
            except SubsequentHeaderError as e:
                raise ReadError(str(e)) from None
            except Exception as e:
                zmod = sys.modules.get("zlib")
                if zmod is not None and isinstance(e, zmod.error):
                    raise ReadError("zlib error: %s" % e) from None
                raise
            break

        if found is None:
            self._loaded = True
        else:
            self.members.append(found)
        return found

    def __iter__(self):
        if self._loaded:
            yield from self.members
            return
        pos = 0
        if self.firstmember is not None:
            pos = 1
            yield self.next()
        while True:
            if pos < len(self.members):
                current = self.members[pos]
            elif self._loaded:
                return
            else:
                current = self.next()
                if not current:
                    self._loaded = True
                    return
            pos += 1
            yield current

    def _getmember(self, name, tarinfo=None, normalize=False):
        candidates = self.getmembers()
        skipping = False
        if tarinfo is not None:
            if tarinfo in candidates:
                candidates = candidates[:candidates.index(tarinfo)]
            else:
                skipping = True
        wanted = os.path.normpath(name) if normalize else name
        for member in candidates[::-1]:
            if skipping:
                skipping = member.offset != tarinfo.offset
                continue
            have = os.path.normpath(member.name) if normalize else member.name
            if have == wanted:
                return member
        if skipping:
            raise ValueError(tarinfo)
        return None

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            parent = os.path.dirname(tarinfo.name)
            target = parent + "/" + tarinfo.linkname if parent else tarinfo.linkname
            upto = None
        else:
            target, upto = tarinfo.linkname, tarinfo
        resolved = self._getmember(target, tarinfo=upto, normalize=True)
        if resolved is None:
            raise KeyError("linkname %r not found" % target)
        return resolved

    def list(self, verbose=True, *, members=None):
        """Print a listing (ls -l style when verbose) to sys.stdout."""
        self._check()
        for item in (self if members is None else members):
            if verbose:
                perms = "??????????" if item.mode is None else stat.filemode(item.mode)
                owner = "%s/%s" % (item.uname or item.uid, item.gname or item.gid)
                if item.ischr() or item.isblk():
                    size_col = "%10s" % ("%d,%d" % (item.devmajor, item.devminor))
                else:
                    size_col = "%10d" % item.size
                if item.mtime is None:
                    when = "????-??-?? ??:??:??"
                else:
                    when = "%d-%02d-%02d %02d:%02d:%02d" % time.localtime(item.mtime)[:6]
                for column in (perms, owner, size_col, when):
                    _safe_print(column)
            _safe_print(item.name + "/" if item.isdir() else item.name)
            if verbose:
                if item.issym():
                    _safe_print("-> " + item.linkname)
                if item.islnk():
                    _safe_print("link to " + item.linkname)
            print()

    # ------------------------------------------------------------ writing
    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """Build a TarInfo for a file on disk (or an open file object)."""
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        arcname = os.path.splitdrive(arcname)[1].replace(os.sep, "/").lstrip("/")

        if fileobj is None:
            info = os.stat(name) if self.dereference else os.lstat(name)
        else:
            fd = fileobj.fileno()
            if fd == 0 and isinstance(name, str) and os.path.exists(name):
                # some file objects report fileno() 0; stat by name instead
                info = os.stat(name)
            else:
                info = os.fstat(fd)

        member = self.tarinfo()
        member.tarfile = self
        st_mode = info.st_mode
        target = ""
        if stat.S_ISREG(st_mode):
            key = (info.st_ino, info.st_dev)
            seen = self.inodes.get(key)
            if (not self.dereference and info.st_nlink > 1 and seen is not None
                    and seen != arcname):
                kind, target = LNKTYPE, seen
            else:
                kind = REGTYPE
                if key[0]:
                    self.inodes[key] = arcname
        elif stat.S_ISDIR(st_mode):
            kind = DIRTYPE
        elif stat.S_ISFIFO(st_mode):
            kind = FIFOTYPE
        elif stat.S_ISLNK(st_mode):
            kind, target = SYMTYPE, os.readlink(name)
        elif stat.S_ISCHR(st_mode):
            kind = CHRTYPE
        elif stat.S_ISBLK(st_mode):
            kind = BLKTYPE
        else:
            return None

        member.name = arcname
        member.mode = st_mode
        member.uid, member.gid = info.st_uid, info.st_gid
        member.size = info.st_size if kind == REGTYPE else 0
        member.mtime = info.st_mtime
        member.type = kind
        member.linkname = target
        if pwd is not None:
            try:
                member.uname = pwd.getpwuid(member.uid).pw_name
            except KeyError:
                pass
        if grp is not None:
            try:
                member.gname = grp.getgrgid(member.gid).gr_name
            except KeyError:
                pass
        if kind in (CHRTYPE, BLKTYPE) and hasattr(os, "major") and hasattr(os, "minor"):
            member.devmajor = os.major(info.st_rdev)
            member.devminor = os.minor(info.st_rdev)
        return member

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Add a file, link or directory tree (recursively by default)."""
        self._check("awx")
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            self._dbg(2, "tarfile: Skipped %r" % name)
            return
        self._dbg(1, name)
        member = self.gettarinfo(name, arcname)
        if member is None:
            self._dbg(1, "tarfile: Unsupported type %r" % name)
            return
        if filter is not None:
            member = filter(member)
            if member is None:
                self._dbg(2, "tarfile: Excluded %r" % name)
                return
        if member.isreg():
            with _file_open(name, "rb") as data:
                self.addfile(member, data)
            return
        self.addfile(member)
        if member.isdir() and recursive:
            for child in sorted(os.listdir(name)):
                self.add(os.path.join(name, child), os.path.join(arcname, child),
                         recursive, filter=filter)

    def addfile(self, tarinfo, fileobj=None):
        """Write a header for tarinfo, then tarinfo.size bytes from fileobj."""
        self._check("awx")
        entry = copy.copy(tarinfo)
        header = entry.tobuf(self.format, self.encoding, self.errors)
        out = self.fileobj
        out.write(header)
        self.offset += len(header)
        if fileobj is not None:
            copyfileobj(fileobj, out, entry.size, bufsize=self.copybufsize)
            padded = _round_up(entry.size)
            if padded > entry.size:
                out.write(NUL * (padded - entry.size))
            self.offset += padded
        self.members.append(entry)

    # ------------------------------------------------------------ extraction
    def _get_filter_function(self, filter):
        if filter is not None:
            if callable(filter):
                return filter
            try:
                return _NAMED_FILTERS[filter]
            except KeyError:
                raise ValueError("filter %r not found" % (filter,)) from None
        configured = self.extraction_filter
        if configured is None:
            import warnings
            warnings.warn("Python 3.14 will, by default, filter extracted tar archives "
                          "and reject files or modify their metadata. Use the filter "
                          "argument to control this behavior.",
                          DeprecationWarning)
            return fully_trusted_filter
        if isinstance(configured, str):
            raise TypeError("String names are not supported for TarFile.extraction_filter. "
                            "Use a function such as tarfile.data_filter directly.")
        return configured

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        """Extract all (or the given) members below path, applying filter."""
        chooser = self._get_filter_function(filter)
        dirs = []
        for item in (self if members is None else members):
            member = self._get_extract_tarinfo(item, chooser, path)
            if member is None:
                continue
            is_dir = member.isdir()
            if is_dir:
                dirs.append(member)
            self._extract_one(member, path, not is_dir, numeric_owner)
        # directory metadata last, deepest first, so writing into them still works
        for member in sorted(dirs, key=lambda m: m.name, reverse=True):
            where = os.path.join(path, member.name)
            try:
                self.chown(member, where, numeric_owner=numeric_owner)
                self.utime(member, where)
                self.chmod(member, where)
            except ExtractError as e:
                self._handle_nonfatal_error(e)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False, filter=None):
        """Extract a single member (name or TarInfo) below path."""
        chooser = self._get_filter_function(filter)
        chosen = self._get_extract_tarinfo(member, chooser, path)
        if chosen is not None:
            self._extract_one(chosen, path, set_attrs, numeric_owner)

    def _get_extract_tarinfo(self, member, filter_function, path):
        original = self.getmember(member) if isinstance(member, str) else member
        result = None
        try:
            result = filter_function(original, path)
        except (OSError, FilterError) as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)
        if result is None:
            self._dbg(2, "tarfile: Excluded %r" % original.name)
            return None
        if result.islnk():
            result = copy.copy(result)
            result._link_target = os.path.join(path, result.linkname)
        return result

    def _extract_one(self, tarinfo, path, set_attrs, numeric_owner):
        self._check("r")
        where = os.path.join(path, tarinfo.name)
        try:
            self._extract_member(tarinfo, where, set_attrs=set_attrs,
                                 numeric_owner=numeric_owner)
        except OSError as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)

    def _handle_nonfatal_error(self, e):
        if self.errorlevel > 1:
            raise e
        self._dbg(1, "tarfile: " + str(e))

    def _handle_fatal_error(self, e):
        if self.errorlevel > 0:
            raise e
        if not isinstance(e, OSError):
            note = "%s %s" % (type(e).__name__, e)
        elif e.filename is None:
            note = str(e.strerror)
        else:
            note = "%s %r" % (e.strerror, e.filename)
        self._dbg(1, "tarfile: " + note)

    def extractfile(self, member):
        """Return a readable binary file object for a regular member, else None."""
        self._check("r")
        entry = self.getmember(member) if isinstance(member, str) else member
        if entry.type not in SUPPORTED_TYPES or entry.isreg():
            return self.fileobject(self, entry)
        if not (entry.islnk() or entry.issym()):
            return None
        if isinstance(self.fileobj, _Stream):
            raise StreamError("cannot extract (sym)link as file object")
        return self.extractfile(self._find_link_target(entry))

    def _extract_member(self, tarinfo, targetpath, set_attrs=True, numeric_owner=False):
        dest = targetpath.rstrip("/").replace("/", os.sep)
        parent = os.path.dirname(dest)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        is_link = tarinfo.islnk() or tarinfo.issym()
        self._dbg(1, "%s -> %s" % (tarinfo.name, tarinfo.linkname) if is_link else tarinfo.name)

        if tarinfo.isreg():
            maker = self.makefile
        elif tarinfo.isdir():
            maker = self.makedir
        elif tarinfo.isfifo():
            maker = self.makefifo
        elif tarinfo.ischr() or tarinfo.isblk():
            maker = self.makedev
        elif is_link:
            maker = self.makelink
        elif tarinfo.type in SUPPORTED_TYPES:
            maker = self.makefile
        else:
            maker = self.makeunknown
        maker(tarinfo, dest)

        if set_attrs:
            self.chown(tarinfo, dest, numeric_owner)
            if not tarinfo.issym():
                self.chmod(tarinfo, dest)
                self.utime(tarinfo, dest)

    def makedir(self, tarinfo, targetpath):
        """Create a directory (owner-only until its mode is applied)."""
        try:
            if tarinfo.mode is not None:
                os.mkdir(targetpath, 0o700)
            else:
                os.mkdir(targetpath)
        except FileExistsError:
            if not os.path.isdir(targetpath):
                raise

    def makefile(self, tarinfo, targetpath):
        """Write a regular member's data to targetpath."""
        src = self.fileobj
        src.seek(tarinfo.offset_data)
        with _file_open(targetpath, "wb") as out:
            copyfileobj(src, out, tarinfo.size, ReadError, self.copybufsize)

    def makeunknown(self, tarinfo, targetpath):
        """Members of unknown type are written out as regular files."""
        self.makefile(tarinfo, targetpath)
        self._dbg(1, "tarfile: Unknown file type %r, extracted as regular file."
                  % tarinfo.type)

    def makefifo(self, tarinfo, targetpath):
        """Create a FIFO (needs os.mkfifo)."""
        mkfifo = getattr(os, "mkfifo", None)
        if mkfifo is None:
            raise ExtractError("fifo not supported by system")
        mkfifo(targetpath)

    def makedev(self, tarinfo, targetpath):
        """Create a device node (needs os.mknod and os.makedev)."""
        if not (hasattr(os, "mknod") and hasattr(os, "makedev")):
            raise ExtractError("special devices not supported by system")
        perm = 0o600 if tarinfo.mode is None else tarinfo.mode
        perm |= stat.S_IFBLK if tarinfo.isblk() else stat.S_IFCHR
        os.mknod(targetpath, perm, os.makedev(tarinfo.devmajor, tarinfo.devminor))

    def makelink(self, tarinfo, targetpath):
        """Create a symbolic or hard link, copying the target's data when that fails."""
        try:
            if not tarinfo.issym():
                if not os.path.exists(tarinfo._link_target):
                    self._extract_member(self._find_link_target(tarinfo), targetpath)
                    return
                os.link(tarinfo._link_target, targetpath)
                return
            if os.path.lexists(targetpath):
                os.unlink(targetpath)
            os.symlink(tarinfo.linkname, targetpath)
        except (AttributeError, NotImplementedError, OSError):
            try:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
            except KeyError:
                raise ExtractError("unable to resolve link inside archive") from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        """Set the owner when running as root (needs os.chown and os.geteuid)."""
        geteuid = getattr(os, "geteuid", None)
        if geteuid is None or not hasattr(os, "chown") or geteuid() != 0:
            return
        uid, gid = tarinfo.uid, tarinfo.gid
        if not numeric_owner:
            if grp is not None and tarinfo.gname:
                try:
                    gid = grp.getgrnam(tarinfo.gname).gr_gid
                except KeyError:
                    pass
            if pwd is not None and tarinfo.uname:
                try:
                    uid = pwd.getpwnam(tarinfo.uname).pw_uid
                except KeyError:
                    pass
        uid = -1 if uid is None else uid
        gid = -1 if gid is None else gid
        change = os.lchown if tarinfo.issym() and hasattr(os, "lchown") else os.chown
        try:
            change(targetpath, uid, gid)
        except OSError as e:
            raise ExtractError("could not change owner") from e

    def chmod(self, tarinfo, targetpath):
        """Apply tarinfo.mode (skipped when None)."""
        if tarinfo.mode is None:
            return
        try:
            os.chmod(targetpath, tarinfo.mode)
        except OSError as e:
            raise ExtractError("could not change mode") from e

    def utime(self, tarinfo, targetpath):
        """Apply tarinfo.mtime (skipped when None)."""
        stamp = tarinfo.mtime
        if stamp is None or not hasattr(os, "utime"):
            return
        try:
            os.utime(targetpath, (stamp, stamp))
        except OSError as e:
            raise ExtractError("could not change modification time") from e


def is_tarfile(name):
    """True when name (a path or a file object) can be opened as a tar archive."""
    try:
        if hasattr(name, "read"):
            where = name.tell()
            archive = open(fileobj=name)
            name.seek(where)
        else:
            archive = open(name)
    except TarError:
        return False
    archive.close()
    return True


open = TarFile.open


# ======================================================================
# Command line: python -m tarfile
# ======================================================================
_SUFFIX_COMPRESSION = {".gz": "gz", ".tgz": "gz", ".xz": "xz", ".txz": "xz",
                       ".bz2": "bz2", ".tbz": "bz2", ".tbz2": "bz2", ".tb2": "bz2"}


def main():
    """Entry point of `python -m tarfile`."""
    import argparse
    cli = argparse.ArgumentParser(
        description="A simple command-line interface for tarfile module.")
    cli.add_argument("-v", "--verbose", action="store_true", default=False,
                     help="Verbose output")
    cli.add_argument("--filter", metavar="<filtername>", choices=_NAMED_FILTERS,
                     help="Filter for extraction")
    actions = cli.add_mutually_exclusive_group(required=True)
    actions.add_argument("-l", "--list", metavar="<tarfile>",
                         help="Show listing of a tarfile")
    actions.add_argument("-e", "--extract", nargs="+", metavar=("<tarfile>", "<output_dir>"),
                         help="Extract tarfile into target dir")
    actions.add_argument("-c", "--create", nargs="+", metavar=("<name>", "<file>"),
                         help="Create tarfile from sources")
    actions.add_argument("-t", "--test", metavar="<tarfile>",
                         help="Test if a tarfile is valid")
    opts = cli.parse_args()

    def not_an_archive(path):
        cli.exit(1, "%r is not a tar archive.\n" % (path,))

    if opts.filter and opts.extract is None:
        cli.exit(1, "--filter is only valid for extraction\n")

    if opts.test is not None:
        if not is_tarfile(opts.test):
            not_an_archive(opts.test)
        with open(opts.test, "r") as archive:
            archive.getmembers()
            print(archive.getmembers(), file=sys.stderr)
        if opts.verbose:
            print("%r is a tar archive." % (opts.test,))
    elif opts.list is not None:
        if not is_tarfile(opts.list):
            not_an_archive(opts.list)
        with TarFile.open(opts.list, "r:*") as archive:
            archive.list(verbose=opts.verbose)
    elif opts.extract is not None:
        if len(opts.extract) > 2:
            cli.exit(1, cli.format_help())
        source = opts.extract[0]
        target = opts.extract[1] if len(opts.extract) == 2 else os.curdir
        if not is_tarfile(source):
            not_an_archive(source)
        with TarFile.open(source, "r:*") as archive:
            archive.extractall(path=target, filter=opts.filter)
        if opts.verbose:
            if target == ".":
                print("%r file is extracted." % (source,))
            else:
                print("%r file is extracted into %r directory." % (source, target))
    elif opts.create is not None:
        archive_name, *inputs = opts.create
        comp = _SUFFIX_COMPRESSION.get(os.path.splitext(archive_name)[1])
        with TarFile.open(archive_name, "w:" + comp if comp else "w") as archive:
            for path in inputs:
                archive.add(path)
        if opts.verbose:
            print("%r file created." % (archive_name,))


if __name__ == "__main__":
    main()
