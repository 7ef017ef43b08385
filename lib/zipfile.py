"""Read and write ZIP archives (stored and deflated members, basic ZIP64 reading)."""

import binascii
import io
import os
import posixpath
import shutil
import stat
import struct
import sys
import threading
import time
import warnings
import zlib

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED",
           "ZIP_BZIP2", "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile",
           "PyZipFile", "LargeZipFile", "Path"]


class BadZipFile(Exception):
    """The archive is damaged or is not a ZIP file."""


class LargeZipFile(Exception):
    """The archive would need ZIP64 extensions, which were not allowed."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

compressor_names = {
    0: "store", 1: "shrink", 2: "reduce", 3: "reduce", 4: "reduce", 5: "reduce",
    6: "implode", 7: "tokenize", 8: "deflate", 9: "deflate64", 10: "implode",
    12: "bzip2", 14: "lzma", 18: "terse", 19: "lz77", 97: "wavpack", 98: "ppmd",
}

# Record layouts (little endian).
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_END64 = struct.Struct("<4sQ2H2L4Q")
_END64_LOC = struct.Struct("<4sLQL")
_SIG_LOCAL = b"PK\003\004"
_SIG_CENTRAL = b"PK\001\002"
_SIG_END = b"PK\005\006"
_SIG_END64 = b"PK\x06\x06"
_SIG_END64_LOC = b"PK\x06\x07"
_SIG_DD = 0x08074B50

_CP437_HIGH = (
    '\xc7\xfc\xe9\xe2\xe4\xe0\xe5\xe7\xea\xeb\xe8\xef\xee\xec\xc4\xc5\xc9\xe6\xc6\xf4\xf6\xf2'
    '\xfb\xf9\xff\xd6\xdc\xa2\xa3\xa5\u20a7\u0192\xe1\xed\xf3\xfa\xf1\xd1\xaa\xba\xbf\u2310'
    '\xac\xbd\xbc\xa1\xab\xbb\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563'
    '\u2551\u2557\u255d\u255c\u255b\u2510\u2514\u2534\u252c\u251c\u2500\u253c\u255e\u255f'
    '\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567\u2568\u2564\u2565\u2559\u2558\u2552'
    '\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580\u03b1\xdf\u0393\u03c0'
    '\u03a3\u03c3\xb5\u03c4\u03a6\u0398\u03a9\u03b4\u221e\u03c6\u03b5\u2229\u2261\xb1\u2265'
    '\u2264\u2320\u2321\xf7\u2248\xb0\u2219\xb7\u221a\u207f\xb2\u25a0\xa0'
)


def _decode_name(raw, encoding):
    if encoding.replace("-", "").replace("_", "").lower() == "cp437":
        try:
            return raw.decode("ascii")
        except UnicodeDecodeError:
            return "".join(chr(b) if b < 128 else _CP437_HIGH[b - 128] for b in raw)
    return raw.decode(encoding)


def _check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED):
        return
    if compression == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    if compression == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


def _find_end_record(fp):
    """Locate the end-of-central-directory record; return a dict or None."""
    try:
        fp.seek(0, 2)
    except OSError:
        return None
    filesize = fp.tell()
    span = min(filesize, _END.size + ZIP_MAX_COMMENT)
    fp.seek(filesize - span)
    data = fp.read(span)
    if len(data) < _END.size:
        return None
    pos = data.rfind(_SIG_END)
    # Prefer the record that exactly ends the file when there is no comment.
    while pos >= 0:
        rec = data[pos:pos + _END.size]
        if len(rec) == _END.size:
            fields = _END.unpack(rec)
            comment = data[pos + _END.size:pos + _END.size + fields[7]]
            if len(comment) == fields[7]:
                break
        pos = data.rfind(_SIG_END, 0, pos)
    if pos < 0:
        return None
    sig, disk, disk_cd, n_disk, n_total, cd_size, cd_offset, clen = fields
    info = {
        "count": n_total, "size": cd_size, "offset": cd_offset,
        "comment": comment, "location": filesize - span + pos, "zip64": False,
    }
    loc_pos = info["location"] - _END64_LOC.size
    if loc_pos >= 0:
        fp.seek(loc_pos)
        loc = fp.read(_END64_LOC.size)
        if len(loc) == _END64_LOC.size and loc[:4] == _SIG_END64_LOC:
            _, disk_no, rel_off, ndisks = _END64_LOC.unpack(loc)
            if disk_no != 0 or ndisks > 1:
                raise BadZipFile("zipfiles that span multiple disks are not supported")
            fp.seek(loc_pos - _END64.size)
            rec = fp.read(_END64.size)
            if len(rec) != _END64.size:
                return info
            (sig, sz, cv, rv, dn, dcd, n_disk, n_total, cd_size, cd_offset) = _END64.unpack(rec)
            if sig != _SIG_END64:
                return info
            info.update(count=n_total, size=cd_size, offset=cd_offset, zip64=True)
    return info


class ZipInfo:
    """Metadata for one archive member."""

    __slots__ = ("orig_filename", "filename", "date_time", "compress_type", "_compresslevel",
                 "comment", "extra", "create_system", "create_version", "extract_version",
                 "reserved", "flag_bits", "volume", "internal_attr", "external_attr",
                 "header_offset", "CRC", "compress_size", "file_size", "_raw_time",
                 "_end_offset")

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        # a NUL ends the name; native separators become '/'
        filename = filename.split("\0", 1)[0]
        if os.sep != "/":
            filename = "/".join(filename.split(os.sep))
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError("ZIP does not support timestamps before 1980")
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = self.extra = b""
        self.create_system = 3 if sys.platform != "win32" else 0
        self.create_version = self.extract_version = DEFAULT_VERSION
        self.reserved = self.flag_bits = self.volume = 0
        self.internal_attr = self.external_attr = 0
        self.compress_size = self.file_size = 0
        self._end_offset = None

    def __repr__(self):
        out = "<%s filename=%r" % (type(self).__name__, self.filename)
        kind = self.compress_type
        if kind:
            out += " compress_type=%s" % compressor_names.get(kind, kind)
        mode_bits, dos_bits = divmod(self.external_attr, 0x10000)
        if mode_bits:
            out += " filemode=%r" % stat.filemode(mode_bits)
        if dos_bits:
            out += " external_attr=%#x" % dos_bits
        size, csize = self.file_size, self.compress_size
        directory = self.is_dir()
        if size or not directory:
            out += " file_size=%r" % size
        if (csize or not directory) and (kind or size != csize):
            out += " compress_size=%r" % csize
        return out + ">"

    def _dos_stamp(self):
        year, month, day, hour, minute, second = self.date_time[:6]
        return (((year - 1980) << 9) + (month << 5) + day,
                (hour << 11) + (minute << 5) + second // 2)

    def _encodeFilenameFlags(self):
        name = self.filename
        if name.isascii():
            return name.encode("ascii"), self.flag_bits
        return name.encode("utf-8"), self.flag_bits | 0x800

    def _versions(self, needed):
        needed = max(needed, {ZIP_BZIP2: BZIP2_VERSION,
                              ZIP_LZMA: LZMA_VERSION}.get(self.compress_type, 0))
        return max(needed, self.extract_version), max(needed, self.create_version)

    def FileHeader(self, zip64=None):
        """Return the local file header bytes for this member."""
        dosdate, dostime = self._dos_stamp()
        sizes = (0, 0, 0) if self.flag_bits & 0x08 else (
            self.CRC, self.compress_size, self.file_size)
        crc, csize, usize = sizes
        if zip64 is None:
            zip64 = max(csize, usize) > ZIP64_LIMIT
        extra = self.extra
        needed = 0
        if zip64:
            extra += struct.pack("<HHQQ", 1, 16, usize, csize)
            csize = usize = 0xFFFFFFFF
            needed = ZIP64_VERSION
        extract_version, _ = self._versions(needed)
        self.extract_version = extract_version
        self.create_version = max(self.create_version, extract_version)
        raw_name, flags = self._encodeFilenameFlags()
        fixed = _LOCAL.pack(_SIG_LOCAL, extract_version, self.reserved, flags,
                            self.compress_type, dostime, dosdate, crc, csize,
                            usize, len(raw_name), len(extra))
        return b"".join((fixed, raw_name, extra))

    def _decodeExtra(self):
        extra = self.extra
        pos = 0
        while pos + 4 <= len(extra):
            tp, ln = struct.unpack("<HH", extra[pos:pos + 4])
            if pos + 4 + ln > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (tp, ln))
            if tp == 1:
                values = list(struct.unpack("<%dQ" % (ln // 8), extra[pos + 4:pos + 4 + ln - ln % 8]))
                if self.file_size in (0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF) and values:
                    self.file_size = values.pop(0)
                if self.compress_size == 0xFFFFFFFF and values:
                    self.compress_size = values.pop(0)
                if self.header_offset == 0xFFFFFFFF and values:
                    self.header_offset = values.pop(0)
            pos += 4 + ln

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """Build a ZipInfo describing the file at filename."""
        filename = os.fspath(filename)
        st = os.stat(filename)
        folder = stat.S_ISDIR(st.st_mode)
        stamp = tuple(time.localtime(st.st_mtime)[:6])
        if not strict_timestamps:
            if stamp[0] < 1980:
                stamp = (1980, 1, 1, 0, 0, 0)
            elif stamp[0] > 2107:
                stamp = (2107, 12, 31, 23, 59, 59)
        name = filename if arcname is None else arcname
        name = os.path.normpath(os.path.splitdrive(name)[1])
        seps = tuple(c for c in (os.sep, os.altsep) if c)
        while name.startswith(seps):
            name = name[1:]
        if folder:
            name = name + "/"
        info = cls(name, stamp)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if folder:
            info.external_attr |= 0x10
        info.file_size = 0 if folder else st.st_size
        return info

    def is_dir(self):
        """True when this member names a directory."""
        return self.filename[-1:] == "/"


class _Shared:
    """A view of the archive file with its own position, so members can be read in turn."""

    def __init__(self, fp, pos, lock, close):
        self._fp = fp
        self._pos = pos
        self._lock = lock
        self._close = close
        self.seekable = fp.seekable

    def tell(self):
        return self._pos

    def seek(self, offset, whence=0):
        with self._lock:
            self._fp.seek(offset, whence)
            self._pos = self._fp.tell()
            return self._pos

    def read(self, n=-1):
        with self._lock:
            self._fp.seek(self._pos)
            data = self._fp.read(n)
            self._pos = self._fp.tell()
            return data

    def close(self):
        if self._fp is not None:
            fp = self._fp
            self._fp = None
            self._close(fp)


class ZipExtFile(io.BufferedIOBase):
    """A readable stream over one member's uncompressed data."""

    _CHUNK = 1 << 16

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._fileobj = fileobj
        self._close_fileobj = close_fileobj
        self._compress_type = zipinfo.compress_type
        self._left = self._total_compressed = zipinfo.compress_size
        self._size = zipinfo.file_size
        self._expected_crc = zipinfo.CRC if hasattr(zipinfo, "CRC") else None
        self._running_crc = 0
        self._inflate = None
        if self._compress_type == ZIP_DEFLATED:
            self._inflate = zlib.decompressobj(-15)
        elif self._compress_type != ZIP_STORED:
            _check_compression(self._compress_type)
        self._eof = False
        self._buf = b""
        self._bufpos = 0
        self._offset = 0
        self.mode = mode
        self.name = zipinfo.filename
        self._start = fileobj.tell()
        try:
            self._seekable = fileobj.seekable()
        except AttributeError:
            self._seekable = False
        self._closed = False

    def __repr__(self):
        result = ["<%s.%s" % (type(self).__module__, type(self).__qualname__)]
        if not self.closed:
            result.append(" name=%r mode=%r" % (self.name, self.mode))
            if self._compress_type != ZIP_STORED:
                result.append(" compress_type=%s" % compressor_names.get(
                    self._compress_type, self._compress_type))
        else:
            result.append(" [closed]")
        result.append(">")
        return "".join(result)

    @property
    def closed(self):
        return self._closed

    def readable(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seekable(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        return self._seekable

    def _produce(self):
        """Return the next block of uncompressed data (b'' at the end)."""
        while not self._eof:
            n = min(self._left, self._CHUNK)
            raw = self._fileobj.read(n) if n > 0 else b""
            self._left -= len(raw)
            if n > 0 and not raw:
                raise EOFError
            if self._inflate is None:
                out = raw
                if self._left <= 0:
                    self._eof = True
            else:
                out = self._inflate.decompress(raw)
                if self._inflate.eof or self._left <= 0:
                    if not self._inflate.eof:
                        out += self._inflate.flush()
                        if not self._inflate.eof:
                            raise EOFError
                    self._eof = True
            if out:
                self._running_crc = zlib.crc32(out, self._running_crc)
            if self._eof:
                self._check_crc()
            if out:
                return out
        return b""

    def _check_crc(self):
        if self._expected_crc is not None and self._running_crc != self._expected_crc:
            raise BadZipFile("Bad CRC-32 for file %r" % self.name)

    def _fill(self):
        if self._bufpos < len(self._buf):
            return True
        self._buf = self._produce()
        self._bufpos = 0
        return bool(self._buf)

    def _check_open(self):
        if self._closed:
            raise ValueError("read from closed file.")

    def read(self, n=-1):
        self._check_open()
        if n is None or n < 0:
            parts = [self._buf[self._bufpos:]]
            self._buf = b""
            self._bufpos = 0
            while True:
                c = self._produce()
                if not c:
                    break
                parts.append(c)
            data = b"".join(parts)
        else:
            parts = []
            want = n
            while want > 0 and self._fill():
                piece = self._buf[self._bufpos:self._bufpos + want]
                self._bufpos += len(piece)
                want -= len(piece)
                parts.append(piece)
            data = b"".join(parts)
        self._offset += len(data)
        return data

    def read1(self, n=-1):
        self._check_open()
        if n is None or n < 0:
            n = self._CHUNK
        if n == 0 or not self._fill():
            return b""
        piece = self._buf[self._bufpos:self._bufpos + n]
        self._bufpos += len(piece)
        self._offset += len(piece)
        return piece

    def peek(self, n=1):
        self._check_open()
        if not self._fill():
            return b""
        return self._buf[self._bufpos:self._bufpos + max(n, 512)]

    def readline(self, limit=-1):
        self._check_open()
        if limit is None:
            limit = -1
        parts = []
        got = 0
        while self._fill():
            buf = self._buf
            start = self._bufpos
            end = buf.find(b"\n", start)
            end = len(buf) if end < 0 else end + 1
            if limit >= 0 and end - start > limit - got:
                end = start + (limit - got)
            parts.append(buf[start:end])
            got += end - start
            self._bufpos = end
            if (end > start and buf[end - 1] == 10) or (limit >= 0 and got >= limit):
                break
        data = b"".join(parts)
        self._offset += len(data)
        return data

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def __iter__(self):
        # io's __next__ (readline until it comes back empty) serves.
        return self

    def tell(self):
        if self._closed:
            raise ValueError("tell on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        return self._offset

    def seek(self, offset, whence=0):
        if self._closed:
            raise ValueError("seek on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        if whence == 0:
            target = offset
        elif whence == 1:
            target = self._offset + offset
        elif whence == 2:
            target = self._size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), "
                             "os.SEEK_CUR (1), or os.SEEK_END (2)")
        target = max(0, min(target, self._size))
        if target < self._offset:
            self._reset()
        skip = target - self._offset
        while skip > 0:
            got = len(self.read(min(skip, self._CHUNK)))
            if not got:
                break
            skip -= got
        return self._offset

    def _reset(self):
        # back to the start of the member's compressed data
        self._left = self._total_compressed
        self._fileobj.seek(self._start)
        self._running_crc = 0
        self._eof = False
        self._buf = b""
        self._bufpos = 0
        self._offset = 0
        if self._compress_type == ZIP_DEFLATED:
            self._inflate = zlib.decompressobj(-15)

    def close(self):
        if self._closed:
            return
        self._closed = True
        if self._close_fileobj:
            self._fileobj.close()


class _ZipWriteFile(io.BufferedIOBase):
    """A writable stream that adds one member to an archive."""

    def __init__(self, archive, zinfo, zip64):
        self._archive = archive
        self._info = zinfo
        self._zip64 = zip64
        self._out = archive.fp
        self._packer = None
        if zinfo.compress_type == ZIP_DEFLATED:
            level = zinfo._compresslevel
            self._packer = zlib.compressobj(
                zlib.Z_DEFAULT_COMPRESSION if level is None else level, zlib.DEFLATED, -15)
        self._count = self._packed = self._crc = 0
        self._done = False
        # On a seekable archive the member is kept in memory and written with its final
        # header at close, instead of patching the header in place afterwards.
        self._held = [] if archive._seekable else None

    @property
    def closed(self):
        return self._done

    def writable(self):
        return True

    def _emit(self, chunk):
        if not chunk:
            return
        self._packed += len(chunk)
        if self._held is None:
            self._out.write(chunk)
        else:
            self._held.append(chunk)

    def write(self, data):
        if self._done:
            raise ValueError("I/O operation on closed file.")
        if type(data) not in (bytes, bytearray):
            data = memoryview(data).tobytes()
        self._count += len(data)
        self._crc = zlib.crc32(data, self._crc)
        self._emit(self._packer.compress(data) if self._packer else data)
        return len(data)

    def close(self):
        if self._done:
            return
        self._done = True
        archive = self._archive
        try:
            if self._packer:
                self._emit(self._packer.flush())
            info = self._info
            info.CRC, info.file_size, info.compress_size = self._crc, self._count, self._packed
            if not self._zip64:
                if self._count > ZIP64_LIMIT:
                    raise RuntimeError("File size too large, try using force_zip64")
                if self._packed > ZIP64_LIMIT:
                    raise RuntimeError("Compressed size too large, try using force_zip64")
            out = self._out
            if info.flag_bits & 0x08:
                layout = "<4L" if not self._zip64 else "<LLQQ"
                out.write(struct.pack(layout, _SIG_DD, info.CRC, info.compress_size,
                                      info.file_size))
            else:
                out.seek(info.header_offset)
                out.write(info.FileHeader(self._zip64) + b"".join(self._held))
                self._held = None
            archive.start_dir = out.tell()
            archive._register(info)
        finally:
            archive._writing = False


class _Tellable:
    """Counts the bytes written to a stream that cannot tell()."""

    def __init__(self, fp):
        self.fp = fp
        self.offset = 0

    def write(self, data):
        self.offset += len(data)
        return self.fp.write(data)

    def tell(self):
        return self.offset

    def flush(self):
        self.fp.flush()

    def close(self):
        self.fp.close()


_OPEN_MODES = {"r": "rb", "w": "w+b", "x": "x+b", "a": "r+b"}


class ZipFile:
    """A ZIP archive opened for reading ('r'), writing ('w', 'x') or appending ('a')."""

    fp = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in _OPEN_MODES:
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self.mode = mode
        self.compression, self.compresslevel = compression, compresslevel
        self._allowZip64 = allowZip64
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self.debug = 0
        self.pwd = None
        self.filelist = []
        self.NameToInfo = {}
        self._comment = b""
        self._didModify = False
        if metadata_encoding and mode != "r":
            raise ValueError("metadata_encoding is only supported for reading files")
        file = os.fspath(file) if isinstance(file, os.PathLike) else file
        self._filePassed = not isinstance(file, str)
        if self._filePassed:
            self.fp = file
            self.filename = getattr(file, "name", None)
        else:
            self.filename = file
            try:
                self.fp = io.open(file, _OPEN_MODES[mode])
            except OSError:
                if mode != "a":
                    raise
                self.fp = io.open(file, "w+b")
        self._fileRefCnt = 1
        self._lock = threading.RLock()
        self._seekable = True
        self._writing = False
        try:
            self._setup(mode)
        except BaseException:
            fp, self.fp = self.fp, None
            self._fpclose(fp)
            raise

    def _setup(self, mode):
        if mode == "r":
            self._RealGetContents()
            return
        if mode == "a":
            try:
                self._RealGetContents()
            except BadZipFile:
                # not an archive yet: the new one is added after the existing bytes
                self.fp.seek(0, 2)
                self.start_dir = self.fp.tell()
                self._didModify = True
            else:
                self.fp.seek(self.start_dir)
            return
        self._didModify = True
        try:
            here = self.fp.tell()
        except (AttributeError, OSError):
            self.fp = _Tellable(self.fp)
            self.start_dir = 0
            self._seekable = False
            return
        self.start_dir = here
        try:
            self.fp.seek(here)
        except (AttributeError, OSError):
            self._seekable = False

    def _register(self, info):
        self.filelist.append(info)
        self.NameToInfo[info.filename] = info

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()

    def __repr__(self):
        head = "<%s.%s" % (type(self).__module__, type(self).__qualname__)
        if self.fp is None:
            return head + " [closed]>"
        if self._filePassed:
            head += " file=%r" % (self.fp,)
        elif self.filename is not None:
            head += " filename=%r" % (self.filename,)
        return head + " mode=%r>" % (self.mode,)

    def _RealGetContents(self):
        fp = self.fp
        try:
            end = _find_end_record(fp)
        except OSError:
            end = None
        if not end:
            raise BadZipFile("File is not a zip file")
        self._comment = end["comment"]
        shift = end["location"] - end["size"] - end["offset"]
        if end["zip64"]:
            shift -= _END64.size + _END64_LOC.size
        self.start_dir = end["offset"] + shift
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir)
        table = fp.read(end["size"])
        fallback = self.metadata_encoding or "cp437"
        pos = 0
        while pos < len(table):
            rec = table[pos:pos + _CENTRAL.size]
            if len(rec) < _CENTRAL.size:
                raise BadZipFile("Truncated central directory")
            f = _CENTRAL.unpack(rec)
            if f[0] != _SIG_CENTRAL:
                raise BadZipFile("Bad magic number for central directory")
            pos += _CENTRAL.size
            n_name, n_extra, n_comment = f[12:15]
            raw_name = table[pos:pos + n_name]
            name = (raw_name.decode("utf-8") if f[5] & 0x800
                    else _decode_name(raw_name, fallback))
            info = ZipInfo(name)
            pos += n_name
            info.extra = table[pos:pos + n_extra]
            pos += n_extra
            info.comment = table[pos:pos + n_comment]
            pos += n_comment
            info.create_version, info.create_system, info.extract_version = f[1:4]
            info.reserved, info.flag_bits, info.compress_type = f[4:7]
            dostime, dosdate = f[7], f[8]
            info.CRC, info.compress_size, info.file_size = f[9:12]
            if info.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f"
                                          % (info.extract_version / 10))
            info.volume, info.internal_attr, info.external_attr = f[15:18]
            info.header_offset = f[18]
            info._raw_time = dostime
            info.date_time = (1980 + (dosdate >> 9), (dosdate >> 5) & 15, dosdate & 31,
                              dostime >> 11, (dostime >> 5) & 63, (dostime & 31) * 2)
            info._decodeExtra()
            info.header_offset += shift
            self._register(info)

    def namelist(self):
        """Names of the members, in archive order."""
        return [info.filename for info in self.filelist]

    def infolist(self):
        """ZipInfo objects of the members, in archive order."""
        return self.filelist

    def printdir(self, file=None):
        """Print a table of the members to file (stdout by default)."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            stamp = "%d-%02d-%02d %02d:%02d:%02d" % tuple(info.date_time[:6])
            print("%-46s %s %12d" % (info.filename, stamp, info.file_size), file=file)

    def testzip(self):
        """Read every member; return the name of the first bad one, else None."""
        for info in self.filelist:
            try:
                with self.open(info.filename) as stream:
                    while stream.read1(1 << 20):
                        pass
            except BadZipFile:
                return info.filename
        return None

    def getinfo(self, name):
        """Return the ZipInfo for the member called name."""
        try:
            return self.NameToInfo[name]
        except KeyError:
            raise KeyError("There is no item named %r in the archive" % (name,)) from None

    def setpassword(self, pwd):
        """Set the default password for encrypted members."""
        _check_pwd(pwd)
        self.pwd = pwd or None

    @property
    def comment(self):
        """The archive comment (bytes)."""
        return self._comment

    @comment.setter
    def comment(self, value):
        if not isinstance(value, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(value).__name__)
        if len(value) > ZIP_MAX_COMMENT:
            warnings.warn("Archive comment is too long; truncating to %d bytes"
                          % ZIP_MAX_COMMENT, stacklevel=2)
            value = value[:ZIP_MAX_COMMENT]
        self._comment = value
        self._didModify = True

    def read(self, name, pwd=None):
        """Return the bytes of member name."""
        stream = self.open(name, "r", pwd)
        try:
            return stream.read()
        finally:
            stream.close()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """Return a readable or writable stream for member name."""
        if mode != "r" and mode != "w":
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        _check_pwd(pwd)
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if not isinstance(name, ZipInfo):
            if mode == "r":
                info = self.getinfo(name)
            else:
                info = ZipInfo(name)
                info.compress_type, info._compresslevel = self.compression, self.compresslevel
        else:
            info = name
        if mode == "w":
            return self._open_to_write(info, force_zip64=force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there "
                             "is an open writing handle on the file. "
                             "Close the writing handle before trying to read.")
        self._fileRefCnt += 1
        shared = _Shared(self.fp, info.header_offset, self._lock, self._fpclose)
        try:
            self._check_local_header(shared, info)
            if info.flag_bits & 1:
                if not (pwd or self.pwd):
                    raise RuntimeError("File %r is encrypted, password required for "
                                       "extraction" % (name,))
                raise NotImplementedError("decryption of encrypted ZIP members is not "
                                          "supported by this zipfile module")
            return ZipExtFile(shared, mode, info, pwd, True)
        except BaseException:
            shared.close()
            raise

    def _check_local_header(self, stream, info):
        fixed = stream.read(_LOCAL.size)
        if len(fixed) < _LOCAL.size:
            raise BadZipFile("Truncated file header")
        f = _LOCAL.unpack(fixed)
        if f[0] != _SIG_LOCAL:
            raise BadZipFile("Bad magic number for file header")
        raw_name = stream.read(f[10])
        if f[11]:
            stream.read(f[11])
        if info.flag_bits & 0x20:
            raise NotImplementedError("compressed patched data (flag bit 5)")
        if info.flag_bits & 0x40:
            raise NotImplementedError("strong encryption (flag bit 6)")
        decoded = (raw_name.decode("utf-8") if f[3] & 0x800
                   else _decode_name(raw_name, self.metadata_encoding or "cp437"))
        if decoded != info.orig_filename:
            raise BadZipFile("File name in directory %r and header %r differ."
                             % (info.orig_filename, raw_name))

    def _open_to_write(self, zinfo, force_zip64=False):
        if not self._allowZip64 and force_zip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when opening "
                             "the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is "
                             "another write handle open on it. "
                             "Close the first handle before opening another.")
        zinfo.CRC = zinfo.compress_size = 0
        zinfo.flag_bits = (2 if zinfo.compress_type == ZIP_LZMA else 0) | (
            0 if self._seekable else 8)
        zinfo.external_attr = zinfo.external_attr or (0o600 << 16)
        big = force_zip64 or zinfo.file_size * 1.05 > ZIP64_LIMIT
        zip64 = bool(self._allowZip64 and big)
        self._seek_for_write()
        zinfo.header_offset = self.fp.tell()
        self._writecheck(zinfo)
        self._didModify = True
        if not self._seekable:
            self.fp.write(zinfo.FileHeader(zip64))
        self._writing = True
        return _ZipWriteFile(self, zinfo, zip64)

    def _seek_for_write(self):
        if not self._seekable:
            return
        self.fp.seek(self.start_dir)
        if self.mode == "a" and not isinstance(self.fp, io.BytesIO):
            # Drop the old central directory first: new data is then only ever appended.
            self.fp.truncate()

    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            warnings.warn("Duplicate name: %r" % (zinfo.filename,), stacklevel=3)
        if self.mode == "r":
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)
        if self._allowZip64:
            return
        if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
            what = "Files count"
        elif zinfo.file_size > ZIP64_LIMIT:
            what = "Filesize"
        elif zinfo.header_offset > ZIP64_LIMIT:
            what = "Zipfile size"
        else:
            return
        raise LargeZipFile(what + " would require ZIP64 extensions")

    def extract(self, member, path=None, pwd=None):
        """Extract one member under path (default: the current directory)."""
        base = os.getcwd() if path is None else os.fspath(path)
        return self._extract_member(member, base, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extract all members (or those listed) under path."""
        base = os.getcwd() if path is None else os.fspath(path)
        for item in (self.namelist() if members is None else members):
            self._extract_member(item, base, pwd)

    def _extract_member(self, member, targetpath, pwd):
        info = member if isinstance(member, ZipInfo) else self.getinfo(member)
        # keep only the safe, meaningful parts of the stored name
        parts = [part for part in re_split_name(info.filename)
                 if part not in ("", os.curdir, os.pardir)]
        dest = os.path.normpath(os.path.join(targetpath, *parts))
        folder = os.path.dirname(dest)
        if folder and not os.path.exists(folder):
            os.makedirs(folder)
        if info.is_dir():
            if not os.path.isdir(dest):
                os.mkdir(dest)
            return dest
        with self.open(info, pwd=pwd) as src:
            with open(dest, "wb") as out:
                while True:
                    block = src.read1(1 << 16)
                    if not block:
                        break
                    out.write(block)
        return dest

    def _check_writable(self):
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Add the file (or directory entry) at filename to the archive."""
        self._check_writable()
        info = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if info.is_dir():
            info.CRC = info.compress_size = 0
            self.mkdir(info)
            return
        info.compress_type = self.compression if compress_type is None else compress_type
        info._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as src:
            with self.open(info, "w") as dest:
                while True:
                    block = src.read(1 << 16)
                    if not block:
                        break
                    dest.write(block)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Add a member called zinfo_or_arcname holding data (bytes or str)."""
        payload = data.encode("utf-8") if isinstance(data, str) else data
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
        else:
            info = ZipInfo(zinfo_or_arcname, tuple(time.localtime(time.time())[:6]))
            info.compress_type, info._compresslevel = self.compression, self.compresslevel
            if info.is_dir():
                info.external_attr = (0o40775 << 16) | 0x10
            else:
                info.external_attr = 0o600 << 16
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            info.compress_type = compress_type
        if compresslevel is not None:
            info._compresslevel = compresslevel
        info.file_size = len(payload)
        with self._lock:
            stream = self.open(info, mode="w")
            try:
                stream.write(payload)
            finally:
                stream.close()

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Add a directory entry to the archive."""
        arg = zinfo_or_directory_name
        if isinstance(arg, ZipInfo):
            if not arg.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
            info = arg
        elif isinstance(arg, str):
            info = ZipInfo(arg if arg.endswith("/") else arg + "/")
            info.CRC = info.compress_size = info.file_size = 0
            info.external_attr = (((stat.S_IFDIR | mode) & 0xFFFF) << 16) | 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        with self._lock:
            self._seek_for_write()
            info.header_offset = self.fp.tell()
            if info.compress_type == ZIP_LZMA:
                info.flag_bits = info.flag_bits | 2
            self._writecheck(info)
            self._didModify = True
            self._register(info)
            self.fp.write(info.FileHeader(False))
            self.start_dir = self.fp.tell()

    def close(self):
        """Write the central directory (when modified) and close the file."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is "
                             "an open writing handle on the file. "
                             "Close the writing handle before closing the zip.")
        try:
            if self._didModify and self.mode != "r":
                with self._lock:
                    self._seek_for_write()
                    self._write_end_record()
        finally:
            fp, self.fp = self.fp, None
            self._fpclose(fp)

    def _central_record(self, info):
        dosdate, dostime = info._dos_stamp()
        big = []
        usize, csize, offset = info.file_size, info.compress_size, info.header_offset
        if max(usize, csize) > ZIP64_LIMIT:
            big += [usize, csize]
            usize = csize = 0xFFFFFFFF
        if offset > ZIP64_LIMIT:
            big.append(offset)
            offset = 0xFFFFFFFF
        extra = info.extra
        needed = 0
        if big:
            extra = struct.pack("<HH%dQ" % len(big), 1, 8 * len(big), *big) + \
                _strip_extra(extra, (1,))
            needed = ZIP64_VERSION
        extract_version, create_version = info._versions(needed)
        raw_name, flags = info._encodeFilenameFlags()
        fixed = _CENTRAL.pack(_SIG_CENTRAL, create_version, info.create_system,
                              extract_version, info.reserved, flags, info.compress_type,
                              dostime, dosdate, info.CRC, csize, usize, len(raw_name),
                              len(extra), len(info.comment), 0, info.internal_attr,
                              info.external_attr, offset)
        return b"".join((fixed, raw_name, extra, info.comment))

    def _write_end_record(self):
        fp = self.fp
        fp.write(b"".join(self._central_record(info) for info in self.filelist))
        dir_end = fp.tell()
        entries = len(self.filelist)
        dir_size = dir_end - self.start_dir
        dir_offset = self.start_dir
        if entries > ZIP_FILECOUNT_LIMIT:
            reason = "Files count"
        elif dir_offset > ZIP64_LIMIT:
            reason = "Central directory offset"
        elif dir_size > ZIP64_LIMIT:
            reason = "Central directory size"
        else:
            reason = None
        if reason is not None:
            if not self._allowZip64:
                raise LargeZipFile(reason + " would require ZIP64 extensions")
            fp.write(_END64.pack(_SIG_END64, 44, 45, 45, 0, 0, entries, entries,
                                 dir_size, dir_offset))
            fp.write(_END64_LOC.pack(_SIG_END64_LOC, 0, dir_end, 1))
            entries = min(entries, 0xFFFF)
            dir_size = min(dir_size, 0xFFFFFFFF)
            dir_offset = min(dir_offset, 0xFFFFFFFF)
        fp.write(_END.pack(_SIG_END, 0, 0, entries, entries, dir_size, dir_offset,
                           len(self._comment)) + self._comment)
        if self.mode == "a":
            fp.truncate()
        fp.flush()

    def _fpclose(self, fp):
        self._fileRefCnt -= 1
        if self._fileRefCnt <= 0 and not self._filePassed:
            fp.close()


def re_split_name(name):
    """Split a stored member name into path components (both slash kinds, no drive)."""
    name = name.replace("/", os.sep)
    if os.altsep:
        name = name.replace(os.altsep, os.sep)
    return os.path.splitdrive(name)[1].split(os.sep)


def _check_pwd(pwd):
    if pwd and not isinstance(pwd, bytes):
        raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)


def _strip_extra(extra, xids):
    out = []
    pos = 0
    while pos + 4 <= len(extra):
        tp, ln = struct.unpack("<HH", extra[pos:pos + 4])
        if tp not in xids:
            out.append(extra[pos:pos + 4 + ln])
        pos += 4 + ln
    return b"".join(out)


def is_zipfile(filename):
    """True when filename (a path or a binary file object) looks like a ZIP archive."""
    try:
        if not hasattr(filename, "read"):
            with io.open(filename, "rb") as stream:
                return _find_end_record(stream) is not None
        where = filename.tell()
        try:
            return _find_end_record(filename) is not None
        finally:
            filename.seek(where)
    except OSError:
        return False


class PyZipFile(ZipFile):
    """Not supported: compiling modules into archives needs CPython bytecode."""

    def writepy(self, pathname, basename="", filterfunc=None):
        raise NotImplementedError("PyZipFile.writepy is not supported by Ferrython")


# -- zipfile.Path


def _parents(path):
    """Every ancestor of a posix path, nearest first."""
    out = []
    path = path.rstrip("/")
    while True:
        path = posixpath.dirname(path)
        if not path:
            return out
        out.append(path)


class _Tree:
    """The member names of an archive plus the directories they imply."""

    def __init__(self, zf):
        self.zf = zf
        names = zf.namelist()
        seen = set(names)
        full = list(names)
        for name in names:
            for parent in _parents(name):
                d = parent + "/"
                if d not in seen:
                    seen.add(d)
                    full.append(d)
        self.names = full
        self.lookup = seen

    def resolve_dir(self, name):
        if name not in self.lookup and name + "/" in self.lookup:
            return name + "/"
        return name


class Path:
    """A pathlib-style view of a member (or directory) inside a ZIP archive."""

    def __init__(self, root, at=""):
        if not isinstance(root, ZipFile):
            root = ZipFile(root)
        self.root = root
        self._tree = _Tree(root)
        self.at = at

    def _next(self, at):
        p = Path.__new__(type(self))
        p.root = self.root
        p._tree = self._tree
        p.at = at
        return p

    def __eq__(self, other):
        if self.__class__ is not other.__class__:
            return NotImplemented
        return (self.root, self.at) == (other.root, other.at)

    def __hash__(self):
        return hash((id(self.root), self.at))

    def open(self, mode="r", *args, pwd=None, **kwargs):
        """Open the member as text (default) or binary ('rb', 'wb')."""
        if self.is_dir():
            raise IsADirectoryError(self)
        zip_mode = mode[0]
        if not self.exists() and zip_mode == "r":
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, zip_mode, pwd=pwd)
        if "b" in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        if args:
            encoding, args = args[0], args[1:]
        else:
            encoding = kwargs.pop("encoding", None)
        encoding = io.text_encoding(encoding)
        if encoding == "locale":
            encoding = "utf-8"
        return io.TextIOWrapper(stream, encoding, *args, **kwargs)

    def _base(self):
        return self.at.rstrip("/") or (self.root.filename or "")

    @property
    def name(self):
        return posixpath.basename(self.at.rstrip("/")) or os.path.basename(
            self.root.filename or "")

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        return name[i:] if 0 < i < len(name) - 1 else ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        return name[:i] if 0 < i < len(name) - 1 else name

    @property
    def filename(self):
        import pathlib
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def read_text(self, *args, **kwargs):
        with self.open("r", *args, **kwargs) as strm:
            return strm.read()

    def read_bytes(self):
        with self.open("rb") as strm:
            return strm.read()

    def _is_child(self, path):
        return posixpath.dirname(path.at.rstrip("/")) == self.at.rstrip("/")

    def is_dir(self):
        return not self.at or self.at.endswith("/")

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self._tree.lookup

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        subs = map(self._next, self._tree.names)
        return filter(self._is_child, subs)

    def match(self, path_pattern):
        import pathlib
        return pathlib.PurePosixPath(self.at).match(path_pattern)

    def is_symlink(self):
        return False

    def glob(self, pattern):
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        import re
        prefix = re.escape(self.at)
        regex = _glob_regex(pattern)
        matches = re.compile(prefix + regex).fullmatch
        return map(self._next, filter(matches, self._tree.names))

    def rglob(self, pattern):
        return self.glob(f"**/{pattern}")

    def relative_to(self, other, *extra):
        return posixpath.relpath(str(self), str(other.joinpath(*extra)))

    def __str__(self):
        return posixpath.join(self.root.filename, self.at)

    def __repr__(self):
        return "{}({!r}, {!r})".format(type(self).__name__, self.root.filename, self.at)

    def joinpath(self, *other):
        nxt = posixpath.join(self.at, *other)
        return self._next(self._tree.resolve_dir(nxt))

    __truediv__ = joinpath

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        parent_at = posixpath.dirname(self.at.rstrip("/"))
        if parent_at:
            parent_at += "/"
        return self._next(parent_at)


def _glob_regex(pattern):
    out = []
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.+/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        else:
            import re
            out.append(re.escape(c))
        i += 1
    return "".join(out)
