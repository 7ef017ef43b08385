"""Compression compatible with gzip: the zlib library's deflate streams and checksums.

The streams themselves run in the C library (the native `_zlib` module); this module gives
them CPython's interface.
"""

# CPython implements this module in C: its frames stay out of tracebacks and profiles.
__native_module__ = True

import _zlib


class error(Exception):
    pass


error.__module__ = "zlib"
_zlib._set_error(error)

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = ZLIB_RUNTIME_VERSION = _zlib.version()

# zlib's status codes that matter here.
_Z_STREAM_ERROR = -2
_Z_MEM_ERROR = -4


def _data(obj):
    if isinstance(obj, (bytes, bytearray)):
        return obj
    if isinstance(obj, memoryview):
        return obj.tobytes()
    raise TypeError(f"a bytes-like object is required, not '{type(obj).__name__}'")


def crc32(data, value=0, /):
    return _zlib.crc32(_data(data), value)


def adler32(data, value=1, /):
    return _zlib.adler32(_data(data), value)


def _deflater(level, method, wbits, memLevel, strategy, refused):
    handle, code = _zlib.deflate_new(level, method, wbits, memLevel, strategy)
    if handle is None:
        if code == _Z_MEM_ERROR:
            raise MemoryError("Can't allocate memory for compression object")
        raise refused
    return handle


def _inflater(wbits, refused):
    handle, code = _zlib.inflate_new(wbits)
    if handle is None:
        if code == _Z_MEM_ERROR:
            raise MemoryError("Can't allocate memory for decompression object")
        raise refused
    return handle


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    data = _data(data)
    h = _deflater(level, DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY,
                  error("Bad compression level"))
    try:
        return _zlib.deflate(h, data, Z_FINISH)
    finally:
        _zlib.free(h)


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    data = _data(data)
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    h = _inflater(wbits, error("Error -2 while preparing to decompress data: "
                               "inconsistent stream state"))
    try:
        out, used, end = _zlib.inflate(h, data, 0)
    finally:
        _zlib.free(h)
    if not end:
        raise error("Error -5 while decompressing data: incomplete or truncated stream")
    return out


class Compress:
    """A compression stream (made by compressobj)."""

    def __init__(self, handle):
        self._h = handle
        self._done = False

    def compress(self, data, /):
        data = _data(data)
        if self._done:
            raise error("Error -2 while compressing data: inconsistent stream state")
        return _zlib.deflate(self._h, data, Z_NO_FLUSH)

    def flush(self, mode=Z_FINISH, /):
        if mode == Z_NO_FLUSH:
            return b""
        if self._done:
            raise error("Error -2 while flushing: inconsistent stream state")
        if mode not in (Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK):
            raise error("Error -2 while flushing: inconsistent stream state")
        out = _zlib.deflate(self._h, b"", mode)
        if mode == Z_FINISH:
            self._done = True
        return out

    def copy(self):
        if self._done:
            raise ValueError("Inconsistent stream state")
        c = Compress(_zlib.copy(self._h))
        return c

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()

    def __del__(self):
        _zlib.free(self._h)


class Decompress:
    """A decompression stream (made by decompressobj)."""

    def __init__(self, handle, zdict):
        self._h = handle
        self._zdict = zdict
        self.unused_data = b""
        self.unconsumed_tail = b""
        self.eof = False

    def _run(self, data, max_length):
        if self.eof:
            self.unused_data += data
            return b""
        out, used, end = _zlib.inflate(self._h, data, max_length)
        rest = data[used:]
        if end:
            self.eof = True
            self.unused_data += rest
            self.unconsumed_tail = b""
        else:
            self.unconsumed_tail = rest
        return out

    def decompress(self, data, /, max_length=0):
        data = _data(data)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        return self._run(bytes(data), max_length)

    def flush(self, length=DEF_BUF_SIZE, /):
        if length <= 0:
            raise ValueError("length must be greater than zero")
        return self._run(self.unconsumed_tail, 0)

    def copy(self):
        d = Decompress(_zlib.copy(self._h), self._zdict)
        d.unused_data = self.unused_data
        d.unconsumed_tail = self.unconsumed_tail
        d.eof = self.eof
        return d

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()

    def __del__(self):
        _zlib.free(self._h)


Compress.__module__ = Decompress.__module__ = "zlib"


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    h = _deflater(level, method, wbits, memLevel, strategy,
                  ValueError("Invalid initialization option"))
    if zdict is not None:
        _zlib.set_dictionary(h, _data(zdict))
    return Compress(h)


def decompressobj(wbits=MAX_WBITS, zdict=b""):
    h = _inflater(wbits, ValueError("Invalid initialization option"))
    zdict = _data(zdict)
    if zdict:
        _zlib.set_dictionary(h, zdict)
    return Decompress(h, zdict)
