"""Codec registry, error handlers and the base classes of codecs (Ferrython).

The text codecs whose work the runtime does natively (utf-8, latin-1, ascii,
the utf-16/utf-32 family, cp1252, iso8859-15) defer to str.encode and
bytes.decode; everything else here is plain Python.
"""

import builtins as _builtins
import sys as _sys

__all__ = [
    "register", "unregister", "lookup", "open", "EncodedFile",
    "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
    "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
    "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
    "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
    "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder",
    "getencoder", "getdecoder", "getincrementalencoder", "getincrementaldecoder",
    "getreader", "getwriter", "encode", "decode", "iterencode", "iterdecode",
    "strict_errors", "ignore_errors", "replace_errors",
    "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors",
    "register_error", "lookup_error",
]

# ---------------------------------------------------------------- BOMs

BOM_UTF8 = '\ufeff'.encode('utf-8')
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = '\ufeff'.encode('utf-32-le')
BOM_UTF32_BE = '\ufeff'.encode('utf-32-be')
if _sys.byteorder == 'big':
    BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
    _NATIVE16, _NATIVE32 = 'utf-16-be', 'utf-32-be'
else:
    BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
    _NATIVE16, _NATIVE32 = 'utf-16-le', 'utf-32-le'
BOM = BOM_UTF16
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


# ---------------------------------------------------------------- CodecInfo

class CodecInfo(tuple):
    """What lookup() returns: the codec's functions and classes."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None, incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = super().__new__(cls, (encode, decode, streamreader, streamwriter))
        attrs = dict(name=name, encode=encode, decode=decode,
                     incrementalencoder=incrementalencoder,
                     incrementaldecoder=incrementaldecoder,
                     streamwriter=streamwriter, streamreader=streamreader)
        if _is_text_encoding is not None:
            attrs['_is_text_encoding'] = _is_text_encoding
        for key, value in attrs.items():
            setattr(self, key, value)
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            self.name, id(self))


# ---------------------------------------------------------------- error handlers

def _check_unicode_error(exc):
    if not isinstance(exc, UnicodeError):
        raise TypeError("don't know how to handle %s in error callback"
                        % type(exc).__name__)


def strict_errors(exc):
    """Raise the exception passed in."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    """Skip the malformed part of the input."""
    _check_unicode_error(exc)
    return ('', exc.end)


def replace_errors(exc):
    """Substitute '?' (encoding) or U+FFFD (decoding)."""
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    _check_unicode_error(exc)
    raise TypeError("don't know how to handle %s in error callback"
                    % type(exc).__name__)


def _escape_char(c):
    n = ord(c)
    if n < 0x100:
        return '\\x%02x' % n
    if n < 0x10000:
        return '\\u%04x' % n
    return '\\U%08x' % n


def backslashreplace_errors(exc):
    """Substitute Python backslash escapes for the malformed part."""
    if isinstance(exc, UnicodeDecodeError):
        bad = exc.object[exc.start:exc.end]
        return (''.join(['\\x%02x' % b for b in bad]), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        bad = exc.object[exc.start:exc.end]
        return (''.join([_escape_char(c) for c in bad]), exc.end)
    raise TypeError("don't know how to handle %s in error callback"
                    % type(exc).__name__)


def xmlcharrefreplace_errors(exc):
    """Substitute XML character references (encoding only)."""
    if isinstance(exc, UnicodeEncodeError):
        bad = exc.object[exc.start:exc.end]
        return (''.join(['&#%d;' % ord(c) for c in bad]), exc.end)
    raise TypeError("don't know how to handle %s in error callback"
                    % type(exc).__name__)


def namereplace_errors(exc):
    """Substitute \\N{...} escapes (needs the Unicode name database)."""
    if isinstance(exc, UnicodeEncodeError):
        raise NotImplementedError(
            "the 'namereplace' error handler needs unicodedata, "
            "which Ferrython does not provide")
    raise TypeError("don't know how to handle %s in error callback"
                    % type(exc).__name__)


def _surrogate_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        raise NotImplementedError(
            "Ferrython strings cannot hold lone surrogates, so the "
            "surrogateescape/surrogatepass handlers cannot decode")
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        # Strings hold no surrogates here, so nothing is ever recoverable.
        raise exc
    raise TypeError("don't know how to handle %s in error callback"
                    % type(exc).__name__)


_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'backslashreplace': backslashreplace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'namereplace': namereplace_errors,
    'surrogateescape': _surrogate_errors,
    'surrogatepass': _surrogate_errors,
}
# Handler names the runtime's own str.encode / bytes.decode understand.
_NATIVE_ENCODE_ERRORS = {'strict', 'ignore', 'replace', 'backslashreplace',
                         'xmlcharrefreplace'}
_NATIVE_DECODE_ERRORS = {'strict', 'ignore', 'replace', 'backslashreplace'}


def register_error(name, handler):
    """Register handler as the error handler called name."""
    if not isinstance(name, str):
        raise TypeError("register_error() argument 1 must be str, not %s"
                        % type(name).__name__)
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler
    _NATIVE_ENCODE_ERRORS.discard(name)
    _NATIVE_DECODE_ERRORS.discard(name)


def lookup_error(name):
    """Return the error handler registered under name."""
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s"
                        % type(name).__name__)
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name %r" % name) from None


def _call_handler(handler, exc, length, encoding):
    res = handler(exc)
    if encoding:
        ok = (isinstance(res, tuple) and len(res) == 2
              and isinstance(res[0], (str, bytes)) and isinstance(res[1], int))
        if not ok:
            raise TypeError("encoding error handler must return "
                            "(str/bytes, int) tuple")
    else:
        ok = (isinstance(res, tuple) and len(res) == 2
              and isinstance(res[0], str) and isinstance(res[1], int))
        if not ok:
            raise TypeError("decoding error handler must return (str, int) tuple")
    rep, pos = res
    if pos < 0:
        pos += length
    if pos < 0 or pos > length:
        raise IndexError("position %d from error handler out of bounds" % res[1])
    return rep, pos


# ---------------------------------------------------------------- helpers

def _need_str(func, obj):
    if not isinstance(obj, str):
        raise TypeError("%s() argument 1 must be str, not %s"
                        % (func, type(obj).__name__))


def _as_bytes(obj):
    if isinstance(obj, bytes):
        return obj
    if isinstance(obj, (bytearray, memoryview)):
        return bytes(obj)
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(obj).__name__)


def _native_encode(native, text, errors):
    """Encode text with a codec the runtime knows, honouring any handler."""
    if errors in _NATIVE_ENCODE_ERRORS:
        return text.encode(native, errors)
    handler = lookup_error(errors)
    out = []
    pos = 0
    n = len(text)
    while pos < n:
        try:
            out.append(text[pos:].encode(native))
            break
        except UnicodeEncodeError as e:
            start = pos + e.start
            end = pos + e.end
            out.append(text[pos:start].encode(native))
            exc = UnicodeEncodeError(e.encoding, text, start, end, e.reason)
            rep, pos = _call_handler(handler, exc, n, True)
            if isinstance(rep, str):
                try:
                    rep = rep.encode(native)
                except UnicodeEncodeError:
                    raise exc from None
            out.append(rep)
    return b''.join(out)


def _native_decode(native, data, errors):
    """Decode data with a codec the runtime knows, honouring any handler."""
    if errors in _NATIVE_DECODE_ERRORS:
        return data.decode(native, errors)
    handler = lookup_error(errors)
    out = []
    pos = 0
    n = len(data)
    while pos < n:
        try:
            out.append(data[pos:].decode(native))
            break
        except UnicodeDecodeError as e:
            start = pos + e.start
            end = pos + e.end
            out.append(data[pos:start].decode(native))
            exc = UnicodeDecodeError(e.encoding, data, start, end, e.reason)
            rep, pos = _call_handler(handler, exc, n, False)
            out.append(rep)
    return ''.join(out)


def _utf8_pending(data):
    """Length of an incomplete but so far valid UTF-8 sequence at the end."""
    n = len(data)
    k = 1
    while k <= 3 and k <= n:
        b = data[n - k]
        if b & 0xC0 != 0x80:
            if 0xC2 <= b <= 0xDF:
                need = 2
            elif 0xE0 <= b <= 0xEF:
                need = 3
            elif 0xF0 <= b <= 0xF4:
                need = 4
            else:
                return 0
            if need <= k:
                return 0
            if k >= 2:
                second = data[n - k + 1]
                lo, hi = 0x80, 0xBF
                if b == 0xE0:
                    lo = 0xA0
                elif b == 0xED:
                    hi = 0x9F
                elif b == 0xF0:
                    lo = 0x90
                elif b == 0xF4:
                    hi = 0x8F
                if not lo <= second <= hi:
                    return 0
            return k
        k += 1
    return 0


# ---------------------------------------------------------------- base classes

class Codec:
    """Stateless encoder/decoder interface."""

    def encode(self, input, errors='strict'):
        """Return (output, length of input consumed)."""
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        """Return (output, length of input consumed)."""
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input given in several pieces."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """IncrementalEncoder keeping unconsumed input between calls."""

    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        pending = self.buffer + input
        out, used = self._buffer_encode(pending, self.errors, final)
        self.buffer = pending[used:]
        return out

    def reset(self):
        super().reset()
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state if state else ""


class IncrementalDecoder:
    """Decodes input given in several pieces."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """IncrementalDecoder keeping undecoded bytes between calls; subclasses
    implement _buffer_decode(input, errors, final) -> (text, consumed)."""

    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        pending = self.buffer + input
        out, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return out

    def reset(self):
        super().reset()
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    """Writes encoded data to a byte stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        encoded = self.encode(object, self.errors)[0]
        self.stream.write(encoded)

    def writelines(self, lines):
        self.write(''.join(lines))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if not offset and whence == 0:
            self.reset()

    def __getattr__(self, attr):
        return getattr(self.stream, attr)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamReader(Codec):
    """Reads and decodes data from a byte stream."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = ""
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def _fill(self, size):
        """Read up to size bytes (all when negative) and decode them.
        Return False at the end of the stream."""
        chunk = self.stream.read() if size < 0 else self.stream.read(size)
        data = self.bytebuffer + chunk
        if not data:
            return False
        text, consumed = self.decode(data, self.errors)
        self.bytebuffer = data[consumed:]
        self.charbuffer += text
        return bool(chunk)

    def read(self, size=-1, chars=-1, firstline=False):
        if self.linebuffer:
            self.charbuffer = ''.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            more = self._fill(size)
            if not more or size < 0:
                if size < 0:
                    while self._fill(-1):
                        pass
                break
            if firstline and '\n' in self.charbuffer:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = ""
        else:
            result, self.charbuffer = (self.charbuffer[:chars],
                                       self.charbuffer[chars:])
        return result

    def readline(self, size=None, keepends=True):
        buf = self.charbuffer
        if self.linebuffer:
            buf = ''.join(self.linebuffer)
            self.linebuffer = None
        self.charbuffer = buf
        chunk = 72 if size is None else size
        while True:
            lines = self.charbuffer.splitlines(True)
            if lines:
                first = lines[0]
                body = first.splitlines(False)[0] if first else first
                complete = len(first) != len(body)
                if complete and (len(lines) > 1 or not first.endswith('\r')):
                    self.charbuffer = self.charbuffer[len(first):]
                    return first if keepends else body
                if size is not None and len(self.charbuffer) >= size:
                    line = self.charbuffer[:size]
                    self.charbuffer = self.charbuffer[size:]
                    return line if keepends else line.splitlines(False)[0] if line.splitlines(False) else line
            if not self._fill(chunk):
                line = self.charbuffer
                self.charbuffer = ""
                if not keepends and line:
                    line = line.splitlines(False)[0]
                return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = ""
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, attr):
        return getattr(self.stream, attr)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamReaderWriter:
    """Combines a StreamReader and a StreamWriter over one stream."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        self.writer.write(data)

    def writelines(self, lines):
        self.writer.writelines(lines)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if not offset and whence == 0:
            self.writer.reset()

    def __getattr__(self, attr):
        return getattr(self.stream, attr)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamRecoder:
    """Not provided by Ferrython."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("codecs.StreamRecoder is not implemented")


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    raise NotImplementedError("codecs.EncodedFile is not implemented")


# ---------------------------------------------------------------- the codecs

def _make_codec(name, encode, decode3, text=True, enc_incremental=None,
                dec_incremental=None):
    """Build the CodecInfo for a codec from encode(input, errors) and
    decode3(input, errors, final) -> (output, consumed)."""

    def decode(input, errors='strict'):
        return decode3(input, errors, True)

    if enc_incremental is None:
        class enc_incremental(IncrementalEncoder):
            def encode(self, input, final=False):
                return encode(input, self.errors)[0]

    if dec_incremental is None:
        class dec_incremental(BufferedIncrementalDecoder):
            def _buffer_decode(self, input, errors, final):
                return decode3(input, errors, final)

    class writer(StreamWriter):
        def encode(self, input, errors='strict'):
            # Keep the state (a BOM written once) between writes.
            state = self.__dict__.get('_encoder')
            if state is None or state.errors != errors:
                state = self._encoder = enc_incremental(errors)
            return state.encode(input), len(input)

        def reset(self):
            self.__dict__.pop('_encoder', None)

    class reader(StreamReader):
        def decode(self, input, errors='strict'):
            return decode3(input, errors, False)

    for cls, suffix in ((enc_incremental, 'IncrementalEncoder'),
                        (dec_incremental, 'IncrementalDecoder'),
                        (writer, 'StreamWriter'), (reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = suffix
    return CodecInfo(encode, decode, reader, writer, enc_incremental,
                     dec_incremental, name, _is_text_encoding=text)


def _simple_text_codec(name, native, funcname):
    def encode(input, errors='strict'):
        _need_str(funcname + '_encode', input)
        return _native_encode(native, input, errors), len(input)

    def decode3(input, errors='strict', final=False):
        data = _as_bytes(input)
        return _native_decode(native, data, errors), len(data)
    return _make_codec(name, encode, decode3), encode, decode3


def _utf8_codec():
    def encode(input, errors='strict'):
        _need_str('utf_8_encode', input)
        return _native_encode('utf-8', input, errors), len(input)

    def decode3(input, errors='strict', final=False):
        data = _as_bytes(input)
        if not final:
            k = _utf8_pending(data)
            if k:
                data = data[:-k]
        return _native_decode('utf-8', data, errors), len(data)
    return _make_codec('utf-8', encode, decode3), encode, decode3


def _utf8_sig_codec():
    def encode(input, errors='strict'):
        _need_str('utf_8_encode', input)
        return BOM_UTF8 + _native_encode('utf-8', input, errors), len(input)

    def decode3(input, errors='strict', final=False):
        data = _as_bytes(input)
        skip = 0
        if data[:3] == BOM_UTF8:
            skip = 3
        elif not final and len(data) < 3 and BOM_UTF8.startswith(data):
            return '', 0
        text, used = _utf8_decode3(data[skip:], errors, final)
        return text, used + skip

    class enc(IncrementalEncoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self.first = True

        def encode(self, input, final=False):
            out = _native_encode('utf-8', input, self.errors)
            if self.first:
                self.first = False
                out = BOM_UTF8 + out
            return out

        def reset(self):
            self.first = True

        def getstate(self):
            return 1 if self.first else 0

        def setstate(self, state):
            self.first = bool(state)

    class dec(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self.first = True

        def _buffer_decode(self, input, errors, final):
            if self.first:
                if len(input) < 3 and BOM_UTF8.startswith(input) and not final:
                    return '', 0
                self.first = False
                if input[:3] == BOM_UTF8:
                    text, used = _utf8_decode3(input[3:], errors, final)
                    return text, used + 3
            return _utf8_decode3(input, errors, final)

        def reset(self):
            super().reset()
            self.first = True

    return _make_codec('utf-8-sig', encode, decode3, True, enc, dec)


def _wide_codec(name, width, funcname):
    """utf-16 / utf-32 with an explicit byte order (le / be)."""
    native = name

    def encode(input, errors='strict'):
        _need_str(funcname + '_encode', input)
        return _native_encode(native, input, errors), len(input)

    def decode3(input, errors='strict', final=False):
        data = _as_bytes(input)
        if not final:
            cut = len(data) % width
            if width == 2 and len(data) - cut >= 2:
                end = len(data) - cut
                unit = data[end - 2:end]
                hi = unit[1] if name.endswith('le') else unit[0]
                if 0xD8 <= hi <= 0xDB:
                    cut += 2
            if cut:
                data = data[:len(data) - cut]
        return _native_decode(native, data, errors), len(data)
    return _make_codec(name, encode, decode3), encode, decode3


def _bom_codec(name, width, le_decode3, be_decode3, native_order, funcname):
    """utf-16 / utf-32: a BOM picks the byte order; encoding writes one."""
    bom_le, bom_be = (BOM_UTF16_LE, BOM_UTF16_BE) if width == 2 else (BOM_UTF32_LE, BOM_UTF32_BE)
    native_bom = BOM_UTF16 if width == 2 else BOM_UTF32
    native_decode3 = le_decode3 if _sys.byteorder == 'little' else be_decode3

    def encode(input, errors='strict'):
        _need_str(funcname + '_encode', input)
        return native_bom + _native_encode(native_order, input, errors), len(input)

    def pick(data, final):
        """Return (decode3, bom length) or None when more bytes are needed."""
        head = data[:width]
        if head == bom_le:
            return le_decode3, width
        if head == bom_be:
            return be_decode3, width
        if len(data) < width and not final:
            return None
        return native_decode3, 0

    def decode3(input, errors='strict', final=False):
        data = _as_bytes(input)
        chosen = pick(data, final)
        if chosen is None:
            return '', 0
        dec, skip = chosen
        text, used = dec(data[skip:], errors, final)
        return text, used + skip

    class enc(IncrementalEncoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self.first = True

        def encode(self, input, final=False):
            out = _native_encode(native_order, input, self.errors)
            if self.first:
                self.first = False
                out = native_bom + out
            return out

        def reset(self):
            self.first = True

        def getstate(self):
            return 2 if self.first else 0

        def setstate(self, state):
            self.first = bool(state)

    class dec(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            super().__init__(errors)
            self.chosen = None

        def _buffer_decode(self, input, errors, final):
            skip = 0
            if self.chosen is None:
                picked = pick(input, final)
                if picked is None:
                    return '', 0
                self.chosen, skip = picked
            text, used = self.chosen(input[skip:], errors, final)
            return text, used + skip

        def reset(self):
            super().reset()
            self.chosen = None

    return _make_codec(name, encode, decode3, True, enc, dec)


# --- unicode_escape / raw_unicode_escape

_SIMPLE_ESCAPES = {
    ord('\n'): '', ord('\\'): '\\', ord("'"): "'", ord('"'): '"',
    ord('b'): '\b', ord('f'): '\f', ord('t'): '\t', ord('n'): '\n',
    ord('r'): '\r', ord('v'): '\v', ord('a'): '\x07',
}
_HEXDIGITS = b'0123456789abcdefABCDEF'
_OCTDIGITS = b'01234567'


def _escape_decode(codec, data, errors, final, raw):
    """Shared decoder of unicode_escape (raw false) and raw_unicode_escape."""
    data = _as_bytes(data)
    n = len(data)
    out = []
    handler = None
    i = 0
    plain = 0
    while i < n:
        if data[i] != 0x5c:
            i += 1
            continue
        if raw:
            # Only \u and \U escape, and only after an odd run of backslashes.
            j = i
            while j < n and data[j] == 0x5c:
                j += 1
            if (j - i) % 2 == 0 or j >= n or data[j] not in (0x75, 0x55):
                if j >= n and (j - i) % 2 == 1 and not final:
                    out.append(data[plain:j - 1].decode('latin-1'))
                    return ''.join(out), j - 1
                i = j
                continue
            out.append(data[plain:j - 1].decode('latin-1'))
            i = j - 1
        else:
            out.append(data[plain:i].decode('latin-1'))
        start = i
        if i + 1 >= n:
            if not final:
                return ''.join(out), start
            reason, end = '\\ at end of string', n
        else:
            c = data[i + 1]
            reason = None
            if not raw and c in _SIMPLE_ESCAPES:
                out.append(_SIMPLE_ESCAPES[c])
                i += 2
                plain = i
                continue
            if not raw and c in _OCTDIGITS:
                j = i + 1
                while j < n and j < i + 4 and data[j] in _OCTDIGITS:
                    j += 1
                out.append(chr(int(data[i + 1:j], 8)))
                i = plain = j
                continue
            if c == 0x78 and not raw:
                size, what = 2, 'truncated \\xXX escape'
            elif c == 0x75:
                size, what = 4, 'truncated \\uXXXX escape'
            elif c == 0x55:
                size, what = 8, 'truncated \\UXXXXXXXX escape'
            elif c == 0x4e and not raw:
                raise NotImplementedError(
                    "\\N{...} escapes need unicodedata, which Ferrython "
                    "does not provide")
            else:
                # Unknown escape: kept as it is.
                i += 2
                plain = start
                continue
            j = i + 2
            while j < n and j < i + 2 + size and data[j] in _HEXDIGITS:
                j += 1
            if j - (i + 2) < size:
                if j >= n and not final:
                    return ''.join(out), start
                reason, end = what, j
            else:
                value = int(data[i + 2:j], 16)
                if value > 0x10ffff:
                    reason = ('\\Uxxxxxxxx out of range' if raw
                              else 'illegal Unicode character')
                    end = j
                else:
                    out.append(chr(value))
                    i = plain = j
                    continue
        if handler is None:
            handler = lookup_error(errors)
        exc = UnicodeDecodeError(codec, data, start, end, reason)
        rep, i = _call_handler(handler, exc, n, False)
        out.append(rep)
        plain = i
    out.append(data[plain:n].decode('latin-1'))
    return ''.join(out), n


def _unicode_escape_encode(input, errors='strict'):
    _need_str('unicode_escape_encode', input)
    out = []
    for c in input:
        o = ord(c)
        if 0x20 <= o < 0x7f:
            out.append('\\\\' if c == '\\' else c)
        elif c == '\t':
            out.append('\\t')
        elif c == '\n':
            out.append('\\n')
        elif c == '\r':
            out.append('\\r')
        else:
            out.append(_escape_char(c))
    return ''.join(out).encode('ascii'), len(input)


def _raw_unicode_escape_encode(input, errors='strict'):
    _need_str('raw_unicode_escape_encode', input)
    out = []
    for c in input:
        o = ord(c)
        if o < 0x100:
            out.append(c)
        elif o < 0x10000:
            out.append('\\u%04x' % o)
        else:
            out.append('\\U%08x' % o)
    return ''.join(out).encode('latin-1'), len(input)


def _unicode_escape_decode3(input, errors='strict', final=False):
    return _escape_decode('unicodeescape', input, errors, final, False)


def _raw_unicode_escape_decode3(input, errors='strict', final=False):
    return _escape_decode('rawunicodeescape', input, errors, final, True)


# --- bytes-to-bytes and str-to-str codecs

def _check_strict(errors):
    assert errors == 'strict'


def _hex_encode(input, errors='strict'):
    _check_strict(errors)
    data = _as_bytes(input)
    return _binascii.b2a_hex(data), len(data)


def _hex_decode3(input, errors='strict', final=False):
    _check_strict(errors)
    data = _as_bytes(input)
    return _binascii.a2b_hex(data), len(data)


def _b64_encode(input, errors='strict'):
    _check_strict(errors)
    if isinstance(input, str):
        raise TypeError("expected bytes-like object, not str")
    data = _as_bytes(input)
    return _base64.encodebytes(data), len(data)


def _b64_decode3(input, errors='strict', final=False):
    _check_strict(errors)
    data = _as_bytes(input)
    return _base64.decodebytes(data), len(data)


def _rot13_table():
    table = {}
    for first in ('a', 'A'):
        base = ord(first)
        for k in range(26):
            table[base + k] = chr(base + (k + 13) % 26)
    return table


_ROT13 = _rot13_table()


def _rot13_encode(input, errors='strict'):
    if not isinstance(input, str):
        raise TypeError("descriptor 'translate' for 'str' objects doesn't "
                        "apply to a '%s' object" % type(input).__name__)
    return input.translate(_ROT13), len(input)


def _rot13_decode3(input, errors='strict', final=False):
    return _rot13_encode(input, errors)


def _bytes_codec_classes(name, encode, decode3):
    class enc(IncrementalEncoder):
        def __init__(self, errors='strict'):
            _check_strict(errors)
            super().__init__(errors)

        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class dec(IncrementalDecoder):
        def __init__(self, errors='strict'):
            _check_strict(errors)
            super().__init__(errors)

        def decode(self, input, final=False):
            return decode3(input, self.errors, True)[0]
    return _make_codec(name, encode, decode3, False, enc, dec)


def _rot13_codec():
    class enc(IncrementalEncoder):
        def encode(self, input, final=False):
            return _rot13_encode(input)[0]

    class dec(IncrementalDecoder):
        def decode(self, input, final=False):
            return _rot13_encode(input)[0]
    return _make_codec('rot-13', _rot13_encode, _rot13_decode3, False, enc, dec)


import binascii as _binascii
import base64 as _base64

_utf8_info, utf_8_encode, _utf8_decode3 = _utf8_codec()
_latin1_info, latin_1_encode, _latin1_decode3 = _simple_text_codec('iso8859-1', 'latin-1', 'latin_1')
_ascii_info, ascii_encode, _ascii_decode3 = _simple_text_codec('ascii', 'ascii', 'ascii')
_cp1252_info = _simple_text_codec('cp1252', 'cp1252', 'charmap')[0]
_iso885915_info = _simple_text_codec('iso8859-15', 'iso8859-15', 'charmap')[0]
_u16le_info, utf_16_le_encode, _u16le_decode3 = _wide_codec('utf-16-le', 2, 'utf_16_le')
_u16be_info, utf_16_be_encode, _u16be_decode3 = _wide_codec('utf-16-be', 2, 'utf_16_be')
_u32le_info, utf_32_le_encode, _u32le_decode3 = _wide_codec('utf-32-le', 4, 'utf_32_le')
_u32be_info, utf_32_be_encode, _u32be_decode3 = _wide_codec('utf-32-be', 4, 'utf_32_be')
_u16_info = _bom_codec('utf-16', 2, _u16le_decode3, _u16be_decode3, _NATIVE16, 'utf_16')
_u32_info = _bom_codec('utf-32', 4, _u32le_decode3, _u32be_decode3, _NATIVE32, 'utf_32')
utf_16_encode = _u16_info.encode
utf_32_encode = _u32_info.encode

_BUILTIN_CODECS = {
    'utf_8': _utf8_info,
    'utf_8_sig': _utf8_sig_codec(),
    'latin_1': _latin1_info,
    'ascii': _ascii_info,
    'cp1252': _cp1252_info,
    'iso8859_15': _iso885915_info,
    'utf_16': _u16_info,
    'utf_16_le': _u16le_info,
    'utf_16_be': _u16be_info,
    'utf_32': _u32_info,
    'utf_32_le': _u32le_info,
    'utf_32_be': _u32be_info,
    'unicode_escape': _make_codec('unicode-escape', _unicode_escape_encode,
                                  _unicode_escape_decode3),
    'raw_unicode_escape': _make_codec('raw-unicode-escape',
                                      _raw_unicode_escape_encode,
                                      _raw_unicode_escape_decode3),
    'hex_codec': _bytes_codec_classes('hex', _hex_encode, _hex_decode3),
    'base64_codec': _bytes_codec_classes('base64', _b64_encode, _b64_decode3),
    'rot_13': _rot13_codec(),
}

for _key, _info in _BUILTIN_CODECS.items():
    for _cls in _info[2:] + (_info.incrementalencoder, _info.incrementaldecoder):
        _cls.__module__ = 'encodings.' + _key
del _key, _info, _cls

_ALIASES = {}
for _target, _names in (
        ('utf_8', 'u8 utf utf8 utf8_ucs2 utf8_ucs4 cp65001'),
        ('latin_1', 'iso8859_1 iso_8859_1 8859 cp819 latin latin1 l1 iso_ir_100 '
                    'csisolatin1 ibm819 iso_8859_1_1987'),
        ('ascii', '646 ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii '
                  'ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii'),
        ('cp1252', 'windows_1252'),
        ('iso8859_15', 'iso_8859_15 l9 latin9 latin_9'),
        ('utf_16', 'u16 utf16'),
        ('utf_16_le', 'utf_16le unicodelittleunmarked'),
        ('utf_16_be', 'utf_16be unicodebigunmarked'),
        ('utf_32', 'u32 utf32'),
        ('utf_32_le', 'utf_32le'),
        ('utf_32_be', 'utf_32be'),
        ('hex_codec', 'hex'),
        ('base64_codec', 'base64 base_64'),
        ('rot_13', 'rot13'),
):
    for _alias in _names.split():
        _ALIASES[_alias] = _target
del _target, _names, _alias


def _builtin_search(name):
    key = _ALIASES.get(name, name)
    return _BUILTIN_CODECS.get(key)


# ---------------------------------------------------------------- registry

_search_functions = [_builtin_search]
_cache = {}


def _normalize(encoding):
    parts = encoding.lower().replace('-', ' ').replace('_', ' ').split()
    return '_'.join(parts)


def register(search_function):
    """Add a codec search function to the registry."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Remove a search function from the registry (and empty the cache)."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        return
    _cache.clear()


def lookup(encoding):
    """Return the CodecInfo of the named encoding; LookupError if unknown."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s"
                        % type(encoding).__name__)
    key = _normalize(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    for func in _search_functions:
        info = func(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _cache[key] = info
            return info
    raise LookupError("unknown encoding: %s" % encoding)


def _check_args(func, encoding, errors):
    if not isinstance(encoding, str):
        raise TypeError("%s() argument 'encoding' must be str, not %s"
                        % (func, type(encoding).__name__))
    if not isinstance(errors, str):
        raise TypeError("%s() argument 'errors' must be str, not %s"
                        % (func, type(errors).__name__))


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec registered for encoding."""
    _check_args('encode', encoding, errors)
    func = lookup(encoding).encode
    try:
        result = func(obj, errors)
    except Exception as e:
        e.add_note("encoding with %r codec failed" % encoding)
        raise
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec registered for encoding."""
    _check_args('decode', encoding, errors)
    func = lookup(encoding).decode
    try:
        result = func(obj, errors)
    except Exception as e:
        e.add_note("decoding with %r codec failed" % encoding)
        raise
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def getencoder(encoding):
    info = lookup(encoding)
    return info.encode


def getdecoder(encoding):
    info = lookup(encoding)
    return info.decode


def getincrementalencoder(encoding):
    factory = lookup(encoding).incrementalencoder
    if factory is None:
        raise LookupError(encoding)
    return factory


def getincrementaldecoder(encoding):
    factory = lookup(encoding).incrementaldecoder
    if factory is None:
        raise LookupError(encoding)
    return factory


def getreader(encoding):
    info = lookup(encoding)
    return info.streamreader


def getwriter(encoding):
    info = lookup(encoding)
    return info.streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the strings of iterator one by one, yielding non-empty output."""
    state = getincrementalencoder(encoding)(errors, **kwargs)
    for item in iterator:
        out = state.encode(item)
        if out:
            yield out
    out = state.encode("", True)
    if out:
        yield out


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the bytes of iterator one by one, yielding non-empty output."""
    state = getincrementaldecoder(encoding)(errors, **kwargs)
    for item in iterator:
        out = state.decode(item)
        if out:
            yield out
    out = state.decode(b"", True)
    if out:
        yield out


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file; with an encoding, return a StreamReaderWriter over the
    file opened in binary mode."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = _builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        wrapped = StreamReaderWriter(file, info.streamreader,
                                     info.streamwriter, errors)
        wrapped.encoding = encoding
        return wrapped
    except:
        file.close()
        raise


def utf_8_decode(data, errors='strict', final=False):
    return _utf8_decode3(data, errors, final)


def latin_1_decode(data, errors='strict', final=False):
    return _latin1_decode3(data, errors, final)


def ascii_decode(data, errors='strict', final=False):
    return _ascii_decode3(data, errors, final)


def utf_16_decode(data, errors='strict', final=False):
    return _bom_decode(_u16_info, data, errors, final)


def utf_32_decode(data, errors='strict', final=False):
    return _bom_decode(_u32_info, data, errors, final)


def _bom_decode(info, data, errors, final):
    dec = info.incrementaldecoder(errors)
    text = dec.decode(data, final)
    return text, len(data) - len(dec.buffer)


def utf_16_le_decode(data, errors='strict', final=False):
    return _u16le_decode3(data, errors, final)


def utf_16_be_decode(data, errors='strict', final=False):
    return _u16be_decode3(data, errors, final)


def utf_32_le_decode(data, errors='strict', final=False):
    return _u32le_decode3(data, errors, final)


def utf_32_be_decode(data, errors='strict', final=False):
    return _u32be_decode3(data, errors, final)


unicode_escape_encode = _unicode_escape_encode
raw_unicode_escape_encode = _raw_unicode_escape_encode


def unicode_escape_decode(data, errors='strict', final=True):
    return _unicode_escape_decode3(data, errors, final)


def raw_unicode_escape_decode(data, errors='strict', final=True):
    return _raw_unicode_escape_decode3(data, errors, final)
