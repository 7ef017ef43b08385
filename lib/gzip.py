"""Read and write gzip-format files (RFC 1952) on top of the zlib module."""

import builtins as _builtins
import errno as _errno
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

READ = 1
WRITE = 2

FTEXT = 1
FHCRC = 2
FEXTRA = 4
FNAME = 8
FCOMMENT = 16

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_BEST = 9

_CHUNK = io.DEFAULT_BUFFER_SIZE
_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"
_MAGIC = b"\x1f\x8b"


class BadGzipFile(OSError):
    """Raised for data that is not valid gzip."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None,
         errors=None, newline=None):
    """Open a gzip file in binary or text mode; return a GzipFile or a TextIOWrapper."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    bmode = mode.replace("t", "")
    is_path = isinstance(filename, (str, bytes, os.PathLike))
    if is_path:
        binary = GzipFile(filename, bmode, compresslevel)
    elif any(hasattr(filename, a) for a in ("read", "write")):
        binary = GzipFile(None, bmode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(binary, io.text_encoding(encoding), errors, newline)
    return binary


def _mtime_field(mtime):
    return struct.pack("<L", int(mtime))


def _xfl(level):
    if level == _COMPRESS_LEVEL_BEST:
        return 2
    if level == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


class _Reader:
    """Decompresses the members of a gzip stream one chunk at a time."""

    def __init__(self, fp, short_crc_msg=False):
        self._short = short_crc_msg
        self._fp = fp
        self._pending = b""
        self._inflate = None
        self._crc = 0
        self._size = 0
        self._done = False
        self.last_mtime = None

    def _raw(self, n):
        # Read exactly up to n raw bytes, taking leftovers first.
        if self._pending:
            data = self._pending[:n]
            self._pending = self._pending[n:]
            if len(data) < n:
                data += self._fp.read(n - len(data))
            return data
        return self._fp.read(n)

    def _exact(self, n):
        data = self._raw(n)
        while len(data) < n:
            more = self._fp.read(n - len(data))
            if not more:
                raise EOFError(_TRUNCATED)
            data += more
        return data

    def _zstring(self):
        while True:
            c = self._exact(1)
            if c == b"\x00":
                return

    def _header(self):
        magic = self._raw(2)
        if magic == b"":
            return False
        if magic != _MAGIC:
            raise BadGzipFile("Not a gzipped file (%r)" % (magic,))
        method, flag, mtime = struct.unpack("<BBIxx", self._exact(8))
        if method != 8:
            raise BadGzipFile("Unknown compression method")
        self.last_mtime = mtime
        if flag & FEXTRA:
            (extra_len,) = struct.unpack("<H", self._exact(2))
            self._exact(extra_len)
        if flag & FNAME:
            self._zstring()
        if flag & FCOMMENT:
            self._zstring()
        if flag & FHCRC:
            self._exact(2)
        return True

    def _trailer(self):
        crc, isize = struct.unpack("<II", self._exact(8))
        if crc != self._crc:
            if self._short:
                raise BadGzipFile("CRC check failed")
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self._crc)))
        if isize != (self._size & 0xFFFFFFFF):
            raise BadGzipFile("Incorrect length of data produced")
        # Zero bytes may pad the end of a member.
        while True:
            c = self._raw(1)
            if c != b"\x00":
                if c:
                    self._pending = c + self._pending
                return

    def chunk(self):
        """Return the next piece of decompressed data, or b'' at the end."""
        while not self._done:
            if self._inflate is None:
                if not self._header():
                    self._done = True
                    return b""
                self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
                self._crc = 0
                self._size = 0
            d = self._inflate
            if self._pending:
                raw = self._pending
                self._pending = b""
            else:
                raw = self._fp.read(_CHUNK)
            if raw:
                out = d.decompress(raw)
            else:
                out = d.flush()
            if d.eof:
                self._pending = d.unused_data + self._pending
                if out:
                    self._crc = zlib.crc32(out, self._crc)
                    self._size += len(out)
                self._inflate = None
                self._trailer()
                if out:
                    return out
                continue
            if not raw and not out:
                raise EOFError(_TRUNCATED)
            if out:
                self._crc = zlib.crc32(out, self._crc)
                self._size += len(out)
                return out
        return b""

    def readall(self):
        parts = []
        while True:
            c = self.chunk()
            if not c:
                return b"".join(parts)
            parts.append(c)


class GzipFile(io.BufferedIOBase):
    """A file object that compresses to or decompresses from a gzip stream."""

    myfileobj = None
    fileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = _builtins.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if type(filename) not in (str, bytes):
                filename = ""
        else:
            filename = os.fspath(filename)  # path-like objects become str/bytes
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")

        self._rbuf = b""
        self._rpos = 0
        self._offset = 0
        if mode.startswith("r"):
            self.mode = READ
            self._reader = _Reader(fileobj)
            self.name = filename
        elif mode.startswith(("w", "a", "x")):
            self.mode = WRITE
            self.name = filename
            self._level = compresslevel
            self.crc = self.size = self.offset = 0
            self._deflate = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                             -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._header_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._emit_header(compresslevel)

    @property
    def mtime(self):
        """The modification time from the last header read (None before any)."""
        if self.mode == READ:
            return self._reader.last_mtime
        raise AttributeError("'_WriteBufferStream' object has no attribute '_last_mtime'")

    def __repr__(self):
        s = repr(self.fileobj)
        return "<gzip " + s[1:-1] + " " + hex(id(self)) + ">"

    def _emit_header(self, compresslevel):
        out = self.fileobj
        base = os.path.basename(self.name)
        if isinstance(base, str):
            try:
                base = base.encode("latin-1")
            except UnicodeEncodeError:
                base = b""
        fname = base[:-3] if base.endswith(b".gz") else base
        flags = FNAME if fname else 0
        mtime = time.time() if self._header_mtime is None else self._header_mtime
        header = b"\x1f\x8b\x08" + bytes([flags]) + _mtime_field(mtime)
        header += bytes([_xfl(compresslevel), 255])
        if fname:
            header += fname + b"\x00"
        out.write(header)

    # -- state checks

    def _check_not_closed(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")

    def _check_can_read(self):
        self._check_not_closed()
        if self.mode != READ:
            raise OSError(_errno.EBADF, "read() on write-only GzipFile object")

    @property
    def closed(self):
        return not self.fileobj

    def readable(self):
        self._check_not_closed()
        return self.mode == READ

    def writable(self):
        self._check_not_closed()
        return self.mode != READ

    def seekable(self):
        return True

    def fileno(self):
        fileobj = self.fileobj
        return fileobj.fileno()

    # -- writing

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            raise OSError(_errno.EBADF, "write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if type(data) in (bytes, bytearray):
            length = len(data)
        else:
            try:
                data = memoryview(data)
            except TypeError:
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(data).__name__) from None
            length = data.nbytes
            data = data.tobytes()
        if length > 0:
            self.fileobj.write(self._deflate.compress(data))
            self.size += length
            self.crc = zlib.crc32(data, self.crc) & 0xFFFFFFFF
            self.offset += length
        return length

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self._deflate.flush(zlib_mode))
            self.fileobj.flush()

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        try:
            if self.mode == WRITE:
                fileobj.write(self._deflate.flush())
                fileobj.write(struct.pack("<LL", self.crc, self.size & 0xFFFFFFFF))
        finally:
            self.fileobj = None
            owned, self.myfileobj = self.myfileobj, None
            if owned:
                owned.close()

    def __enter__(self):
        self._check_not_closed()
        return self

    # -- reading

    def _fill(self):
        """Make sure the buffer has unread bytes; False at end of data."""
        if self._rpos < len(self._rbuf):
            return True
        c = self._reader.chunk()
        self._rbuf = c
        self._rpos = 0
        return bool(c)

    def read(self, size=-1):
        self._check_can_read()
        if size is None or size < 0:
            parts = [self._rbuf[self._rpos:]]
            parts.append(self._reader.readall())
            self._rbuf = b""
            self._rpos = 0
            data = b"".join(parts)
            self._offset += len(data)
            return data
        parts = []
        want = size
        while want > 0 and self._fill():
            piece = self._rbuf[self._rpos:self._rpos + want]
            self._rpos += len(piece)
            want -= len(piece)
            parts.append(piece)
        data = b"".join(parts)
        self._offset += len(data)
        return data

    def read1(self, size=-1):
        self._check_can_read()
        if size is None or size < 0:
            size = _CHUNK
        if size == 0 or not self._fill():
            return b""
        piece = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(piece)
        self._offset += len(piece)
        return piece

    def readinto(self, b):
        return self._into(b, self.read)

    def readinto1(self, b):
        return self._into(b, self.read1)

    @staticmethod
    def _into(b, reader):
        view = b if isinstance(b, bytearray) else memoryview(b).cast("B")
        data = reader(len(view))
        view[:len(data)] = data
        return len(data)

    def peek(self, n):
        self._check_can_read()
        if not self._fill():
            return b""
        return self._rbuf[self._rpos:]

    def readline(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            raise OSError(_errno.EBADF, "read() on write-only GzipFile object")
        if size is None:
            size = -1
        parts = []
        got = 0
        while self._fill():
            buf = self._rbuf
            start = self._rpos
            end = buf.find(b"\n", start)
            end = len(buf) if end < 0 else end + 1
            if size >= 0 and end - start > size - got:
                end = start + (size - got)
            parts.append(buf[start:end])
            got += end - start
            self._rpos = end
            if (end > start and buf[end - 1] == 10) or (size >= 0 and got >= size):
                break
        data = b"".join(parts)
        self._offset += len(data)
        return data

    def __iter__(self):
        # io's __next__ (readline until it comes back empty) serves.
        self._check_not_closed()
        return self

    def rewind(self):
        """Return to the start of the uncompressed data (reading only)."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._reader = _Reader(self.fileobj)
        self._rbuf = b""
        self._rpos = 0
        self._offset = 0

    def tell(self):
        self._check_not_closed()
        if self.mode == WRITE:
            return self.offset
        return self._offset

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_not_closed()
        if self.mode == WRITE:
            before = self.offset
            if whence == io.SEEK_CUR:
                offset += before
            elif whence != io.SEEK_SET:
                raise ValueError("Seek from end not supported")
            if offset < before:
                raise OSError("Negative seek in write mode")
            count = offset - before
            block = b"\0" * 1024
            for _ in range(count // 1024):
                self.write(block)
            self.write(b"\0" * (count % 1024))
            # CPython 3.12 reports the position from before the seek here.
            return before
        if whence == io.SEEK_SET:
            pass
        elif whence == io.SEEK_CUR:
            offset = self._offset + offset
        elif whence == io.SEEK_END:
            self.read()
            offset = self._offset + offset
        else:
            raise ValueError("whence value {} unsupported".format(whence))
        if offset < self._offset:
            self.rewind()
        # Skip forward through the data.
        skip = offset - self._offset
        while skip > 0:
            got = len(self.read(min(skip, 1 << 16)))
            if not got:
                break
            skip -= got
        return self._offset


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Return the gzip-compressed form of data."""
    if mtime == 0:
        return zlib.compress(data, compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    header = b"\x1f\x8b\x08\x00" + _mtime_field(mtime) + bytes([_xfl(compresslevel), 255])
    body = zlib.compress(data, compresslevel, wbits=-zlib.MAX_WBITS)
    if not isinstance(data, (bytes, bytearray)):
        data = memoryview(data)
    trailer = struct.pack("<LL", zlib.crc32(data), len(data) & 0xFFFFFFFF)
    return header + body + trailer


def decompress(data):
    """Decompress every gzip member in data and return the joined result."""
    return _Reader(io.BytesIO(data), True).readall()
