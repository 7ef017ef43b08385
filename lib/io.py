"""Core stream classes: the IOBase hierarchy and the in-memory StringIO and BytesIO."""

# CPython implements this module in C: its frames stay out of tracebacks and profiles.
__native_module__ = True

import abc
import builtins as _builtins
import sys as _sys
from operator import index as _index

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

DEFAULT_BUFFER_SIZE = 8192

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

open = _builtins.open

if hasattr(_builtins, "BlockingIOError"):
    BlockingIOError = _builtins.BlockingIOError


class UnsupportedOperation(OSError, ValueError):
    """Raised when a stream does not support the requested operation."""


def open_code(path):
    """Open path for reading as executable code (binary mode)."""
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """Return encoding, or the default text encoding name when it is None."""
    if encoding is not None:
        return encoding
    flags = getattr(_sys, "flags", None)
    if flags is not None and getattr(flags, "utf8_mode", 0):
        return "utf-8"
    return "locale"


def _type_name(obj):
    return type(obj).__name__


def _opt_size(size):
    """Convert an optional size argument (None means -1)."""
    if size is None:
        return -1
    try:
        return _index(size)
    except TypeError:
        raise TypeError(f"argument should be integer or None, not '{_type_name(size)}'") from None


_CLOSED_MSG = "I/O operation on closed file."


class _IOBase:
    """Base of all stream classes: closing, iteration and default methods."""

    __module__ = "_io"

    def seek(self, pos, whence=0):
        """Change the stream position (unsupported here)."""
        raise UnsupportedOperation("seek")

    def tell(self):
        """Return the current stream position."""
        return self.seek(0, 1)

    def truncate(self, pos=None):
        """Resize the stream (unsupported here)."""
        raise UnsupportedOperation("truncate")

    def flush(self):
        """Flush write buffers; fails on a closed stream."""
        self._checkClosed()

    __closed = False

    def close(self):
        """Flush and close the stream; closing twice does nothing."""
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def __del__(self):
        try:
            closed = self.closed
        except Exception:
            return
        if closed:
            return
        try:
            self.close()
        except Exception:
            pass

    def seekable(self):
        """Whether the stream supports random access."""
        return False

    def readable(self):
        """Whether the stream can be read from."""
        return False

    def writable(self):
        """Whether the stream can be written to."""
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError(_CLOSED_MSG if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable."
                                       if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable."
                                       if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable."
                                       if msg is None else msg)

    @property
    def closed(self):
        """True once the stream has been closed."""
        return self.__closed

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        """Underlying file descriptor (unsupported here)."""
        raise UnsupportedOperation("fileno")

    def isatty(self):
        """Whether the stream is an interactive terminal."""
        self._checkClosed()
        return False

    def readline(self, size=-1):
        """Read bytes up to and including the next b'\\n' (at most size bytes)."""
        size = _opt_size(size)
        peek = getattr(self, "peek", None)
        res = bytearray()
        while size < 0 or len(res) < size:
            want = 1
            if peek is not None:
                ahead = peek(1)
                if ahead:
                    nl = ahead.find(b"\n")
                    want = (nl + 1) if nl >= 0 else len(ahead)
                    if size >= 0:
                        want = min(want, size - len(res))
            chunk = self.read(want)
            if chunk is None:
                break
            if not isinstance(chunk, (bytes, bytearray)):
                raise OSError(f"read() should have returned a bytes object, "
                              f"not '{_type_name(chunk)}'")
            if not len(chunk):
                break
            res += chunk
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        """Return a list of lines, stopping once about hint characters are read."""
        hint = _opt_size(hint)
        if hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        """Write each item of an iterable of lines."""
        self._checkClosed()
        for line in lines:
            self.write(line)


class IOBase(_IOBase, metaclass=abc.ABCMeta):
    """Abstract base of all stream classes."""

    __module__ = "io"


class _RawIOBase(_IOBase):
    """Base for unbuffered binary streams built on readinto and write."""

    __module__ = "_io"

    def read(self, size=-1):
        """Read up to size bytes with one readinto call; all if size < 0."""
        size = _opt_size(size)
        if size < 0:
            return self.readall()
        buf = bytearray(size)
        n = self.readinto(buf)
        if n is None:
            return None
        del buf[n:]
        return bytes(buf)

    def readall(self):
        """Read until end of stream."""
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if data is None or not len(data):
                break
            res += data
        if data is None and not len(res):
            return None
        return bytes(res)

    def readinto(self, b):
        """Read into the writable buffer b; return the count read."""
        raise NotImplementedError

    def write(self, b):
        """Write the bytes-like b; return the count written."""
        raise NotImplementedError


class RawIOBase(_RawIOBase, IOBase):
    """Abstract base for unbuffered binary streams."""

    __module__ = "io"


class _BufferedIOBase(_IOBase):
    """Base for buffered binary streams."""

    __module__ = "_io"

    def read(self, size=-1):
        """Read up to size bytes (unsupported here)."""
        raise UnsupportedOperation("read")

    def read1(self, size=-1):
        """Read with at most one raw read (unsupported here)."""
        raise UnsupportedOperation("read1")

    def readinto(self, b):
        """Read into the writable buffer b using read()."""
        return self._readinto(b, self.read)

    def readinto1(self, b):
        """Read into the writable buffer b using read1()."""
        return self._readinto(b, self.read1)

    def _readinto(self, b, reader):
        data = reader(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        """Write the bytes-like b (unsupported here)."""
        raise UnsupportedOperation("write")

    def detach(self):
        """Separate the underlying raw stream (unsupported here)."""
        raise UnsupportedOperation("detach")


class BufferedIOBase(_BufferedIOBase, IOBase):
    """Abstract base for buffered binary streams."""

    __module__ = "io"


class _TextIOBase(_IOBase):
    """Base for text streams."""

    __module__ = "_io"

    def read(self, size=-1):
        """Read up to size characters (unsupported here)."""
        raise UnsupportedOperation("read")

    def write(self, s):
        """Write the string s (unsupported here)."""
        raise UnsupportedOperation("write")

    def truncate(self, pos=None):
        """Resize the stream (unsupported here)."""
        raise UnsupportedOperation("truncate")

    def readline(self, size=-1):
        """Read one line (unsupported here)."""
        raise UnsupportedOperation("readline")

    def detach(self):
        """Separate the underlying buffer (unsupported here)."""
        raise UnsupportedOperation("detach")

    @property
    def encoding(self):
        """Name of the encoding, or None."""
        return None

    @property
    def newlines(self):
        """Newline kinds seen so far, or None."""
        return None

    @property
    def errors(self):
        """Error handler name, or None."""
        return None


class TextIOBase(_TextIOBase, IOBase):
    """Abstract base for text streams."""

    __module__ = "io"


_LF, _CR, _CRLF = 1, 2, 4

_NEWLINES_SEEN = {
    0: None,
    _LF: "\n",
    _CR: "\r",
    _CRLF: "\r\n",
    _CR | _LF: ("\r", "\n"),
    _LF | _CRLF: ("\n", "\r\n"),
    _CR | _CRLF: ("\r", "\r\n"),
    _CR | _LF | _CRLF: ("\r", "\n", "\r\n"),
}


class IncrementalNewlineDecoder:
    """Wrap a decoder to record (and optionally translate) line endings."""

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        if lf:
            self.seennl |= _LF
        if cr:
            self.seennl |= _CR
        if crlf:
            self.seennl |= _CRLF
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return _NEWLINES_SEEN[self.seennl]


_STRINGIO_CLOSED = "I/O operation on closed file"


class StringIO(_TextIOBase):
    """A text stream kept in memory."""
    __tp_name__ = '_io.StringIO'   # the C type's name CPython shows in messages

    __module__ = "_io"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {_type_name(newline)}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, "
                            f"not {_type_name(initial_value)}")
        self._readnl = newline
        # newline=None: translate \r and \r\n to \n on write; newline="": keep
        # them but split lines on any of them; "\r"/"\r\n": write "\n" as that.
        self._universal = newline is None or newline == ""
        self._translate = newline is None
        self._writenl = newline if newline in ("\r", "\r\n") else None
        self._decoder = (IncrementalNewlineDecoder(None, self._translate)
                         if self._universal else None)
        self._buf = ""
        self._pending = []
        self._len = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self._write(initial_value)
            self._pos = 0

    def _check(self):
        if self._closed:
            raise ValueError(_STRINGIO_CLOSED)

    def _value(self):
        if self._pending:
            self._pending.insert(0, self._buf)
            self._buf = "".join(self._pending)
            self._pending = []
        return self._buf

    def _write(self, s):
        if self._decoder is not None:
            s = self._decoder.decode(s, final=True)
        if self._writenl is not None:
            s = s.replace("\n", self._writenl)
        n = len(s)
        if not n:
            return
        pos = self._pos
        if pos >= self._len:
            if pos > self._len:
                self._pending.append("\0" * (pos - self._len))
            self._pending.append(s)
            self._len = pos + n
        else:
            buf = self._value()
            buf = buf[:pos] + s + buf[pos + n:]
            self._buf = buf
            self._len = len(buf)
        self._pos = pos + n

    def write(self, s):
        """Write the string s at the current position; return len(s)."""
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{_type_name(s)}'")
        n = len(s)
        self._write(s)
        return n

    def read(self, size=-1):
        """Read up to size characters (all remaining if size is negative or None)."""
        self._check()
        size = _opt_size(size)
        pos = self._pos
        if pos >= self._len:
            return ""
        end = self._len if size < 0 else min(self._len, pos + size)
        self._pos = end
        return self._value()[pos:end]

    def _line_end(self, buf, pos, limit):
        """Index just past the line starting at pos (bounded by limit)."""
        if self._translate or self._readnl == "\n":
            i = buf.find("\n", pos, limit)
            return limit if i < 0 else i + 1
        if self._universal:
            i = buf.find("\n", pos, limit)
            j = buf.find("\r", pos, limit if i < 0 else i)
            if j >= 0:
                if j + 1 < limit and buf[j + 1] == "\n":
                    return j + 2
                return j + 1
            return limit if i < 0 else i + 1
        nl = self._readnl
        i = buf.find(nl, pos, limit)
        return limit if i < 0 else i + len(nl)

    def readline(self, size=-1):
        """Read one line, including its line ending (at most size characters)."""
        self._check()
        size = _opt_size(size)
        pos = self._pos
        if pos >= self._len:
            return ""
        limit = self._len if size < 0 else min(self._len, pos + size)
        buf = self._value()
        end = self._line_end(buf, pos, limit)
        self._pos = end
        return buf[pos:end]

    def __next__(self):
        self._check()
        if type(self) is StringIO:
            line = self.readline()
        else:
            line = self.readline()
            if not isinstance(line, str):
                raise OSError(f"readline() should have returned a str object, "
                              f"not '{_type_name(line)}'")
        if not line:
            raise StopIteration
        return line

    def tell(self):
        """Return the current position."""
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        """Move to pos (whence 0), or to the current position or end with offset 0."""
        self._check()
        pos = _index(pos)
        whence = _index(whence)
        if whence not in (0, 1, 2):
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if pos < 0 and whence == 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._len
        self._pos = pos
        return pos

    def truncate(self, pos=None):
        """Cut the value at pos (default: the current position); return pos."""
        self._check()
        if pos is None:
            size = self._pos
        else:
            size = _opt_size(pos)
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        if size < self._len:
            self._buf = self._value()[:size]
            self._len = size
        return size

    def getvalue(self):
        """Return the whole contents."""
        self._check()
        return self._value()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        pass

    def close(self):
        """Close the stream and release its contents."""
        self._closed = True
        self._buf = ""
        self._pending = []

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._decoder is None:
            return None
        return self._decoder.newlines

    def __del__(self):
        pass


_BYTESIO_CLOSED = "I/O operation on closed file."


def _as_bytes(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    mv = getattr(_builtins, "memoryview", None)
    if mv is not None and not isinstance(b, str):
        try:
            return mv(b).tobytes()
        except TypeError:
            pass
    raise TypeError(f"a bytes-like object is required, not '{_type_name(b)}'")


class BytesIO(_BufferedIOBase):
    """A binary stream kept in memory."""
    __tp_name__ = '_io.BytesIO'   # the C type's name CPython shows in messages

    __module__ = "_io"

    def __init__(self, initial_bytes=None):
        buf = bytearray()
        if initial_bytes is not None:
            buf += _as_bytes(initial_bytes)
        self._buf = buf
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError(_BYTESIO_CLOSED)

    def getvalue(self):
        """Return the whole contents as bytes."""
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        """Return a view of the contents."""
        self._check()
        return memoryview(self._buf)

    def read(self, size=-1):
        """Read up to size bytes (all remaining if size is negative or None)."""
        self._check()
        size = _opt_size(size)
        pos = self._pos
        n = len(self._buf)
        if pos >= n:
            return b""
        end = n if size < 0 else min(n, pos + size)
        self._pos = end
        return bytes(self._buf[pos:end])

    def read1(self, size=-1):
        """Same as read()."""
        return self.read(size)

    def readline(self, size=-1):
        """Read up to and including the next b'\\n' (at most size bytes)."""
        self._check()
        size = _opt_size(size)
        pos = self._pos
        n = len(self._buf)
        if pos >= n:
            return b""
        limit = n if size < 0 else min(n, pos + size)
        i = self._buf.find(b"\n", pos, limit)
        end = limit if i < 0 else i + 1
        self._pos = end
        return bytes(self._buf[pos:end])

    def readlines(self, hint=None):
        """Return the remaining lines, stopping once about hint bytes are read."""
        self._check()
        if hint is None:
            hint = -1
        else:
            try:
                hint = _index(hint)
            except TypeError:
                raise TypeError(f"integer argument expected, got "
                                f"'{_type_name(hint)}'") from None
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def readinto(self, b):
        """Read into the writable buffer b; return the count read."""
        self._check()
        pos = self._pos
        data = self._buf[pos:pos + len(b)]
        n = len(data)
        b[:n] = data
        self._pos = pos + n
        return n

    def readinto1(self, b):
        return self.readinto(b)

    def write(self, b):
        """Write bytes-like b at the current position; return its length."""
        self._check()
        data = _as_bytes(b)
        n = len(data)
        if not n:
            return 0
        pos = self._pos
        size = len(self._buf)
        if pos > size:
            self._buf += bytes(pos - size)
        self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        """Move the position; whence 0 = start, 1 = current, 2 = end."""
        self._check()
        pos = _index(pos)
        whence = _index(whence)
        if pos < 0 and whence == 0:
            raise ValueError(f"negative seek value {pos}")
        if whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        elif whence != 0:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        self._pos = pos
        return pos

    def tell(self):
        """Return the current position."""
        self._check()
        return self._pos

    def truncate(self, size=None):
        """Cut the contents at size (default: the current position); return size."""
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _opt_size(size)
        if size < 0:
            raise ValueError(f"negative size value {size}")
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def __iter__(self):
        return self

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        """Close the stream and release its contents."""
        self._closed = True
        self._buf = bytearray()

    @property
    def closed(self):
        return self._closed

    def __del__(self):
        pass



def _raw_read_all(raw):
    chunks = []
    while True:
        data = raw.read(DEFAULT_BUFFER_SIZE)
        if not data:
            break
        chunks.append(data)
    if not chunks and data is None:
        return None
    return b"".join(chunks)


class _BufferedBase(_BufferedIOBase):
    """Shared state of the buffered wrappers around a raw stream."""

    __module__ = "_io"

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._wbuf = bytearray()

    @property
    def raw(self):
        return self._raw

    def _check_raw(self):
        if self._raw is None:
            raise ValueError("raw stream has been detached")

    def _check_open(self, action):
        self._check_raw()
        if self._raw.closed:
            if action == "write":
                raise ValueError("write to closed file")
            raise ValueError(f"{action} of closed file")

    @property
    def closed(self):
        self._check_raw()
        return self._raw.closed

    @property
    def name(self):
        self._check_raw()
        return self._raw.name

    @property
    def mode(self):
        self._check_raw()
        return self._raw.mode

    def __repr__(self):
        cls = type(self)
        text = f"<{cls.__module__}.{cls.__qualname__}"
        try:
            name = self.name
        except Exception:
            pass
        else:
            text += f" name={name!r}"
        return text + ">"

    def fileno(self):
        self._check_raw()
        return self._raw.fileno()

    def isatty(self):
        self._check_raw()
        return self._raw.isatty()

    def seekable(self):
        self._check_raw()
        return self._raw.seekable()

    def readable(self):
        self._check_raw()
        return self._raw.readable()

    def writable(self):
        self._check_raw()
        return self._raw.writable()

    def detach(self):
        """Flush and return the raw stream, leaving this object unusable."""
        self._check_raw()
        self.flush()
        raw = self._raw
        self._raw = None
        return raw

    def close(self):
        if self._raw is None or self._raw.closed:
            return
        try:
            self.flush()
        finally:
            self._raw.close()

    def __del__(self):
        pass

    # -- reading

    def _flush_writes(self):
        while len(self._wbuf):
            n = self._raw.write(bytes(self._wbuf))
            if n is None:
                break
            del self._wbuf[:n]

    def _drop_readahead(self):
        # Move the raw position back over bytes read ahead but not consumed.
        if self._rbuf:
            if self._raw.seekable():
                self._raw.seek(-len(self._rbuf), 1)
            self._rbuf = b""

    def _read_impl(self, size):
        self._check_open("read")
        if not self._raw.readable():
            raise UnsupportedOperation("read")
        if len(self._wbuf):
            self._flush_writes()
        if size is None or size < 0:
            rest = _raw_read_all(self._raw)
            data = self._rbuf + (rest or b"")
            self._rbuf = b""
            if rest is None and not data:
                return None
            return data
        while len(self._rbuf) < size:
            chunk = self._raw.read(max(self.buffer_size, size - len(self._rbuf)))
            if not chunk:
                break
            self._rbuf += chunk
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def read(self, size=-1):
        """Read up to size bytes (everything when size is negative or None)."""
        return self._read_impl(_opt_size(size))

    def read1(self, size=-1):
        """Read up to size bytes with at most one raw read."""
        size = _opt_size(size)
        self._check_open("read")
        if not self._raw.readable():
            raise UnsupportedOperation("read")
        if size < 0:
            size = self.buffer_size
        if size == 0:
            return b""
        if not self._rbuf:
            if len(self._wbuf):
                self._flush_writes()
            self._rbuf = self._raw.read(max(size, self.buffer_size)) or b""
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def peek(self, size=0):
        """Return buffered bytes without consuming them (reading if none)."""
        self._check_open("peek")
        if not self._rbuf:
            if len(self._wbuf):
                self._flush_writes()
            self._rbuf = self._raw.read(self.buffer_size) or b""
        return self._rbuf

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        data = self.read1(len(b))
        n = len(data)
        b[:n] = data
        return n

    def __next__(self):
        self._check_open("readline")
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- writing

    def write(self, b):
        """Buffer the bytes-like b, writing through when the buffer fills."""
        self._check_open("write")
        if not self._raw.writable():
            raise UnsupportedOperation("write")
        data = _as_bytes(b)
        self._drop_readahead()
        self._wbuf += data
        if len(self._wbuf) > self.buffer_size:
            self._flush_writes()
        return len(data)

    def flush(self):
        self._check_open("flush")
        if len(self._wbuf):
            self._flush_writes()
        self._raw.flush()

    # -- positioning

    def tell(self):
        self._check_raw()
        pos = self._raw.tell() - len(self._rbuf) + len(self._wbuf)
        return max(pos, 0)

    def seek(self, pos, whence=0):
        pos = _index(pos)
        whence = _index(whence)
        if whence not in (0, 1, 2):
            raise ValueError(f"whence value {whence} unsupported")
        self._check_open("seek")
        if len(self._wbuf):
            self._flush_writes()
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b""
        return self._raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._check_open("truncate")
        self.flush()
        if pos is None:
            pos = self.tell()
        self._drop_readahead()
        return self._raw.truncate(pos)


class BufferedReader(_BufferedBase):
    """Buffered reading from a readable raw stream."""

    __module__ = "_io"

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise OSError('"raw" argument must be readable.')
        super().__init__(raw, buffer_size)

    def writable(self):
        self._check_raw()
        return False

    def write(self, b):
        raise UnsupportedOperation("write")


class BufferedWriter(_BufferedBase):
    """Buffered writing to a writable raw stream."""

    __module__ = "_io"

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise OSError('"raw" argument must be writable.')
        super().__init__(raw, buffer_size)

    def readable(self):
        self._check_raw()
        return False

    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def read1(self, size=-1):
        raise UnsupportedOperation("read1")

    def peek(self, size=0):
        raise UnsupportedOperation("peek")


class BufferedRandom(_BufferedBase):
    """Buffered reading and writing on a seekable raw stream."""

    __module__ = "_io"

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        raw._checkSeekable()
        raw._checkReadable()
        raw._checkWritable()
        super().__init__(raw, buffer_size)


class BufferedRWPair(_BufferedIOBase):
    """A reader and a writer joined into one stream (for pipes and sockets)."""

    __module__ = "_io"

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise UnsupportedOperation('"writer" argument must be writable.')
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readinto1(self, b):
        return self.reader.readinto1(b)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed

    def __del__(self):
        pass


def _utf8_incomplete_tail(data):
    """Length of an unfinished UTF-8 sequence at the end of data."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        byte = data[n - back]
        if byte & 0xC0 == 0x80:
            continue
        if byte >= 0xF0:
            need = 4
        elif byte >= 0xE0:
            need = 3
        elif byte >= 0xC0:
            need = 2
        else:
            need = 1
        return back if need > back else 0
    return 0


_TEXT_CHUNK = 8192


class _TextIOWrapper(_TextIOBase):
    """A text stream decoding from and encoding to a binary buffer."""

    __module__ = "_io"
    __qualname__ = "TextIOWrapper"

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, "
                            f"not {_type_name(encoding)}")
        if errors is not None and not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, "
                            f"not {_type_name(errors)}")
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, "
                            f"not {_type_name(newline)}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline}")
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        "".encode(encoding)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = "strict" if errors is None else errors
        self._set_newline(newline)
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._pending = []
        self._pending_size = 0
        self._telling = True
        self._reset_read()

    def _set_newline(self, newline):
        self._readnl = newline
        self._universal = newline is None or newline == ""
        self._translate = newline is None
        if newline is None:
            import os
            self._writenl = os.linesep if os.linesep != "\n" else None
        elif newline in ("\r", "\r\n"):
            self._writenl = newline
        else:
            self._writenl = None

    def _reset_read(self):
        self._raw_text = ""
        self._text = ""
        self._pos = 0
        self._byte_tail = b""
        self._eof = False
        self._nl_decoder = (IncrementalNewlineDecoder(None, False)
                            if self._universal else None)

    # -- attributes

    def _check_buffer(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")

    def _check_open(self):
        self._check_buffer()
        if self._buffer.closed:
            raise ValueError(_CLOSED_MSG)

    @property
    def buffer(self):
        self._check_buffer()
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        if self._nl_decoder is None:
            return None
        return self._nl_decoder.newlines

    @property
    def closed(self):
        self._check_buffer()
        return self._buffer.closed

    @property
    def name(self):
        self._check_buffer()
        return self._buffer.name

    def __repr__(self):
        text = "<_io.TextIOWrapper"
        try:
            name = self.name
        except Exception:
            pass
        else:
            text += f" name={name!r}"
        mode = self.__dict__.get("mode")
        if mode is not None:
            text += f" mode={mode!r}"
        return text + f" encoding={self._encoding!r}>"

    def fileno(self):
        self._check_buffer()
        return self._buffer.fileno()

    def isatty(self):
        self._check_buffer()
        return self._buffer.isatty()

    def readable(self):
        self._check_buffer()
        return self._buffer.readable()

    def writable(self):
        self._check_buffer()
        return self._buffer.writable()

    def seekable(self):
        self._check_buffer()
        return self._buffer.seekable()

    def detach(self):
        """Flush, then return the binary buffer and stop using it."""
        self._check_buffer()
        self.flush()
        buffer = self._buffer
        self._buffer = None
        return buffer

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        """Change the encoding, error handler, newline mode or buffering."""
        self.flush()
        if encoding is not None:
            self._encoding = encoding
            self._errors = "strict" if errors is None else errors
        elif errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            if newline not in (None, "", "\n", "\r", "\r\n"):
                raise ValueError(f"illegal newline value: {newline}")
            self._set_newline(newline)
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)

    # -- writing

    def write(self, s):
        """Encode and write the string s; return len(s)."""
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {_type_name(s)}")
        if not self._buffer.writable():
            raise UnsupportedOperation("not writable")
        length = len(s)
        text = s
        if self._writenl is not None and "\n" in text:
            text = text.replace("\n", self._writenl)
        data = text.encode(self._encoding, self._errors)
        if self._text or self._raw_text or self._byte_tail:
            self._reset_read()
        self._pending.append(data)
        self._pending_size += len(data)
        must_flush = self._line_buffering and ("\n" in s or "\r" in s)
        if self._pending_size > _TEXT_CHUNK or self._write_through or must_flush:
            self._write_pending()
        if must_flush:
            self._buffer.flush()
        return length

    def _write_pending(self):
        if self._pending:
            data = b"".join(self._pending)
            self._pending = []
            self._pending_size = 0
            self._buffer.write(data)

    def flush(self):
        self._check_open()
        self._telling = self.seekable()
        self._write_pending()
        self._buffer.flush()

    def close(self):
        self._check_buffer()
        if self._buffer.closed:
            return
        try:
            self.flush()
        finally:
            self._buffer.close()

    def __del__(self):
        pass

    # -- reading

    def _decode(self, data, final):
        if self._byte_tail:
            data = self._byte_tail + data
            self._byte_tail = b""
        if not final and self._encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
            cut = _utf8_incomplete_tail(data)
            if cut:
                self._byte_tail = data[-cut:]
                data = data[:-cut]
        return data.decode(self._encoding, self._errors)

    def _feed(self, text, final):
        # Record line endings; hold back a final "\r" until we know what follows.
        if self._nl_decoder is not None:
            text = self._nl_decoder.decode(text, final=final)
        if not text:
            return
        self._raw_text += text
        if self._translate:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        self._text += text

    def _compact(self):
        # Drop consumed text, keeping raw_text aligned with what remains.
        remaining = len(self._text) - self._pos
        self._raw_text = self._raw_suffix(remaining)
        self._text = self._text[self._pos:]
        self._pos = 0

    def _raw_suffix(self, count):
        # The untranslated text behind the last count characters of _text.
        raw = self._raw_text
        if not self._translate:
            return raw[len(raw) - count:] if count else ""
        j = len(raw)
        for _ in range(count):
            if j >= 2 and raw[j - 1] == "\n" and raw[j - 2] == "\r":
                j -= 2
            else:
                j -= 1
        return raw[j:]

    def _fill(self):
        """Decode one more chunk; False at end of stream."""
        if self._eof:
            return False
        reader = getattr(self._buffer, "read1", None) or self._buffer.read
        data = reader(_TEXT_CHUNK)
        if data is None:
            data = b""
        final = not data
        if final:
            self._eof = True
        self._feed(self._decode(data, final), final)
        return not final

    def _check_readable(self):
        self._check_open()
        if not self._buffer.readable():
            raise UnsupportedOperation("not readable")
        if self._pending:
            self._write_pending()

    def read(self, size=-1):
        """Read up to size characters (everything when size is negative or None)."""
        self._check_readable()
        size = _opt_size(size)
        if size < 0:
            data = self._buffer.read()
            if data is None:
                data = b""
            self._eof = True
            self._feed(self._decode(data, True), True)
            result = self._text[self._pos:]
            self._pos = len(self._text)
            return result
        if self._pos > _TEXT_CHUNK:
            self._compact()
        while len(self._text) - self._pos < size and self._fill():
            pass
        end = min(len(self._text), self._pos + size)
        result = self._text[self._pos:end]
        self._pos = end
        return result

    def _find_line_end(self, start):
        text = self._text
        if self._translate or self._readnl == "\n":
            i = text.find("\n", start)
            return -1 if i < 0 else i + 1
        if self._universal:
            i = text.find("\n", start)
            j = text.find("\r", start, len(text) if i < 0 else i)
            if j >= 0:
                # A trailing "\r" only reaches _text at the end of the stream.
                return j + 2 if text[j + 1:j + 2] == "\n" else j + 1
            return -1 if i < 0 else i + 1
        nl = self._readnl
        i = text.find(nl, start)
        return -1 if i < 0 else i + len(nl)

    def readline(self, size=-1):
        """Read one line, including its line ending (at most size characters)."""
        self._check_readable()
        size = _opt_size(size)
        if self._pos:
            self._compact()
        scan = 0
        while True:
            end = self._find_line_end(scan)
            if end >= 0:
                break
            if 0 <= size <= len(self._text):
                end = size
                break
            # Rescan the last character: it may start a two-character newline.
            scan = max(0, len(self._text) - 1)
            if not self._fill():
                end = len(self._text)
                break
        if size >= 0:
            end = min(end, size)
        self._pos = end
        return self._text[:end]

    def __next__(self):
        self._telling = False
        line = self.readline()
        if not line:
            self._telling = self.seekable()
            raise StopIteration
        return line

    # -- positioning

    def tell(self):
        """Return an opaque position usable with seek() (a byte offset here)."""
        self._check_open()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if not self._telling:
            raise OSError("telling position disabled by next() call")
        self.flush()
        position = self._buffer.tell()
        unread = self._raw_suffix(len(self._text) - self._pos)
        if self._nl_decoder is not None and self._nl_decoder.pendingcr:
            unread += "\r"
        pending = len(unread.encode(self._encoding, self._errors)) + len(self._byte_tail)
        return position - pending

    def seek(self, cookie, whence=0):
        """Go to a position from tell(), or to the start or end of the stream."""
        self._check_open()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        whence = _index(whence)
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            position = self._buffer.seek(0, 2)
            self._reset_read()
            return position
        if whence != 0:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        cookie = _index(cookie)
        if cookie < 0:
            raise ValueError(f"negative seek position {cookie}")
        self.flush()
        self._buffer.seek(cookie)
        self._reset_read()
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)


# The interpreter's own file objects (open(), sys.stdout) are a native type;
# io.TextIOWrapper is the Python implementation, with the native type
# registered as a virtual subclass so isinstance checks accept both.
_NativeTextIOWrapper = type(_sys.__stdout__)


class TextIOWrapper(_TextIOWrapper, metaclass=abc.ABCMeta):
    __doc__ = _TextIOWrapper.__doc__
    __module__ = "_io"
    __qualname__ = "TextIOWrapper"


TextIOWrapper.register(_NativeTextIOWrapper)

for _klass in (StringIO, TextIOWrapper, _NativeTextIOWrapper):
    try:
        TextIOBase.register(_klass)
    except Exception:
        pass
for _klass in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair):
    BufferedIOBase.register(_klass)
del _klass


def _register_native_binary_files():
    # open() returns native objects for binary files too, of one class per kind (reader,
    # writer, random access, raw); one of each, opened on the null device, names them.
    for mode, buffering, base in (("rb", -1, BufferedIOBase), ("wb", -1, BufferedIOBase),
                                  ("r+b", -1, BufferedIOBase), ("rb", 0, RawIOBase)):
        try:
            with open("/dev/null", mode, buffering=buffering) as probe:
                base.register(type(probe))
        except OSError:
            pass


_register_native_binary_files()
