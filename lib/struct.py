"""Convert between Python values and C structs packed into bytes objects.

A pure-Python implementation for Ferrython. Formats are compiled once into a
list of per-code records and cached, so repeated use of the module functions
with the same format is cheap.
"""

# CPython implements this module in C: its frames stay out of tracebacks and profiles.
__native_module__ = True

import sys as _sys
from math import frexp as _frexp, ldexp as _ldexp, copysign as _copysign
from operator import index as _index

__all__ = [
    "calcsize", "pack", "pack_into", "unpack", "unpack_from",
    "iter_unpack", "Struct", "error",
]


class error(Exception):
    pass


_INF = float("inf")
_NAN = float("nan")
_NATIVE_ORDER = _sys.byteorder
_MAXSIZE = _sys.maxsize

# code -> (native size, native alignment); native is x86-64 / LP64.
_NATIVE = {
    "x": (1, 1), "c": (1, 1), "b": (1, 1), "B": (1, 1), "?": (1, 1),
    "h": (2, 2), "H": (2, 2), "i": (4, 4), "I": (4, 4),
    "l": (8, 8), "L": (8, 8), "q": (8, 8), "Q": (8, 8),
    "n": (8, 8), "N": (8, 8), "e": (2, 2), "f": (4, 4), "d": (8, 8),
    "s": (1, 1), "p": (1, 1), "P": (8, 8),
}
_STANDARD = {
    "x": 1, "c": 1, "b": 1, "B": 1, "?": 1,
    "h": 2, "H": 2, "i": 4, "I": 4, "l": 4, "L": 4, "q": 8, "Q": 8,
    "e": 2, "f": 4, "d": 8, "s": 1, "p": 1,
}
_SIGNED = frozenset("bhilqn")
_UNSIGNED = frozenset("BHILQN")


# ---------------------------------------------------------------- conversions

def _get_int(v):
    if type(v) is int:
        return v
    try:
        return _index(v)
    except TypeError:
        raise error("required argument is not an integer") from None


def _get_float(v):
    if type(v) is float:
        return v
    t = type(v)
    if not (hasattr(t, "__float__") or hasattr(t, "__index__")) or isinstance(v, str):
        raise error("required argument is not a float")
    try:
        return float(v)
    except OverflowError:
        raise error("required argument is not a float") from None


def _double_bits(x):
    if x != x:
        return 0xFFF8000000000000 if _copysign(1.0, x) < 0 else 0x7FF8000000000000
    sign = 0
    if x < 0.0 or (x == 0.0 and _copysign(1.0, x) < 0):
        sign = 1 << 63
        x = -x
    if x == _INF:
        return sign | 0x7FF0000000000000
    if x == 0.0:
        return sign
    m, e = _frexp(x)
    if e >= -1021:
        return sign | ((e + 1022) << 52) | (int(_ldexp(m, 53)) - (1 << 52))
    return sign | int(_ldexp(x, 1074))


def _round_even(v):
    q = int(v)
    r = v - q
    if r > 0.5 or (r == 0.5 and q & 1):
        q += 1
    return q


def _narrow_bits(x, mbits, bias, code, overflow_to_inf):
    """Bits of x rounded (half to even) to a binary float with mbits fraction
    bits and the given exponent bias."""
    expmask = ((bias << 1) + 1) << mbits
    signbit = 1 << (mbits + (bias.bit_length() + 1))
    if x != x:
        bits = expmask | (1 << (mbits - 1))
        return bits | signbit if _copysign(1.0, x) < 0 else bits
    sign = 0
    if x < 0.0 or (x == 0.0 and _copysign(1.0, x) < 0):
        sign = signbit
        x = -x
    if x == _INF:
        return sign | expmask
    if x == 0.0:
        return sign
    m, e = _frexp(x)
    if e >= 2 - bias:
        if e - 1 + bias >= (bias << 1) + 1:
            bits = expmask
        else:
            bits = ((e - 2 + bias) << mbits) + _round_even(_ldexp(m, mbits + 1))
    else:
        bits = _round_even(_ldexp(x, bias - 1 + mbits))
    if bits >= expmask:
        if overflow_to_inf:
            return sign | expmask
        raise OverflowError("float too large to pack with %s format" % code)
    return sign | bits


def _bits_to_float(b, mbits, ebits):
    emax = (1 << ebits) - 1
    bias = emax >> 1
    e = (b >> mbits) & emax
    m = b & ((1 << mbits) - 1)
    neg = (b >> (mbits + ebits)) & 1
    if e == emax:
        if m:
            return _copysign(_NAN, -1.0) if neg else _NAN
        return -_INF if neg else _INF
    if e == 0:
        v = _ldexp(float(m), 1 - bias - mbits)
    else:
        v = _ldexp(float(m | (1 << mbits)), e - bias - mbits)
    return -v if neg else v


# ---------------------------------------------------------- pack / unpack ops
# Each packer takes (value, info) and returns bytes of the item's size;
# each unpacker takes (bytes-like slice, info) and returns the value.

def _p_int(v, info):
    size, order, signed, lo, hi, code = info
    if type(v) is not int:
        v = _get_int(v)
    if v < lo or v > hi:
        raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
    return v.to_bytes(size, order, signed=signed)


def _u_int(data, info):
    return int.from_bytes(data, info[1], signed=info[2])


def _p_ptr(v, info):
    v = _get_int(v)
    if v < -(1 << 63) or v >= (1 << 64):
        raise error("int too large to convert")
    return (v & 0xFFFFFFFFFFFFFFFF).to_bytes(8, info[1])


def _p_bool(v, info):
    return b"\x01" if v else b"\x00"


def _u_bool(data, info):
    return data[0] != 0


def _p_char(v, info):
    if not isinstance(v, bytes) or len(v) != 1:
        raise error("char format requires a bytes object of length 1")
    return bytes(v)


def _u_char(data, info):
    return bytes(data)


def _p_str(v, info):
    n = info[0]
    if not isinstance(v, (bytes, bytearray)):
        raise error("argument for 's' must be a bytes object")
    k = len(v)
    if k >= n:
        return bytes(v[:n])
    return bytes(v) + bytes(n - k)


def _u_str(data, info):
    return bytes(data)


def _p_pascal(v, info):
    n = info[0]
    if not isinstance(v, (bytes, bytearray)):
        raise error("argument for 'p' must be a bytes object")
    if n == 0:
        return b""
    k = len(v)
    if k > n - 1:
        k = n - 1
    return bytes((k if k < 255 else 255,)) + bytes(v[:k]) + bytes(n - 1 - k)


def _u_pascal(data, info):
    n = info[0]
    if n == 0:
        return b""
    k = data[0]
    if k >= n:
        k = n - 1
    return bytes(data[1:1 + k])


def _p_double(v, info):
    if type(v) is not float:
        v = _get_float(v)
    return _double_bits(v).to_bytes(8, info[1])


def _u_double(data, info):
    return _bits_to_float(int.from_bytes(data, info[1]), 52, 11)


def _p_float(v, info):
    if type(v) is not float:
        v = _get_float(v)
    return _narrow_bits(v, 23, 127, "f", info[2]).to_bytes(4, info[1])


def _u_float(data, info):
    return _bits_to_float(int.from_bytes(data, info[1]), 23, 8)


def _p_half(v, info):
    if type(v) is not float:
        v = _get_float(v)
    return _narrow_bits(v, 10, 15, "e", False).to_bytes(2, info[1])


def _u_half(data, info):
    return _bits_to_float(int.from_bytes(data, info[1]), 10, 5)


# ------------------------------------------------------------------ compiling

def _compile(fmt):
    """Return (size, number of values, codes) for a format string."""
    if not fmt:
        return 0, 0, []
    c0 = fmt[0]
    if c0 in "@=<>!":
        pos = 1
        if c0 == "@":
            native, order = True, _NATIVE_ORDER
        elif c0 == "=":
            native, order = False, _NATIVE_ORDER
        elif c0 == "<":
            native, order = False, "little"
        else:
            native, order = False, "big"
    else:
        pos = 0
        native, order = True, _NATIVE_ORDER
    n = len(fmt)
    size = 0
    nargs = 0
    codes = []
    while pos < n:
        c = fmt[pos]
        pos += 1
        if c.isspace():
            continue
        if "0" <= c <= "9":
            start = pos - 1
            while pos < n and "0" <= fmt[pos] <= "9":
                pos += 1
            num = int(fmt[start:pos])
            if pos >= n:
                raise error("repeat count given without format specifier")
            c = fmt[pos]
            pos += 1
            if num > _MAXSIZE:
                raise error("total struct size too long")
        else:
            num = 1
        if native:
            entry = _NATIVE.get(c)
            if entry is None:
                raise error("bad char in struct format")
            itemsize, align = entry
            size = (size + align - 1) // align * align
        else:
            itemsize = _STANDARD.get(c)
            if itemsize is None:
                raise error("bad char in struct format")
        if num * itemsize > _MAXSIZE - size:
            raise error("total struct size too long")
        offset = size
        size += num * itemsize
        if c == "x":
            continue
        if c == "s":
            codes.append((_p_str, _u_str, offset, num, 1, (num,)))
            nargs += 1
            continue
        if c == "p":
            codes.append((_p_pascal, _u_pascal, offset, num, 1, (num,)))
            nargs += 1
            continue
        if num == 0:
            continue
        nargs += num
        if c in _SIGNED:
            bits = itemsize * 8 - 1
            info = (itemsize, order, True, -(1 << bits), (1 << bits) - 1, c)
            codes.append((_p_int, _u_int, offset, itemsize, num, info))
        elif c in _UNSIGNED:
            info = (itemsize, order, False, 0, (1 << (itemsize * 8)) - 1, c)
            codes.append((_p_int, _u_int, offset, itemsize, num, info))
        elif c == "P":
            info = (8, order, False)
            codes.append((_p_ptr, _u_int, offset, 8, num, info))
        elif c == "?":
            codes.append((_p_bool, _u_bool, offset, 1, num, None))
        elif c == "c":
            codes.append((_p_char, _u_char, offset, 1, num, None))
        elif c == "d":
            codes.append((_p_double, _u_double, offset, 8, num, (8, order)))
        elif c == "f":
            codes.append((_p_float, _u_float, offset, 4, num, (4, order, native)))
        else:  # 'e'
            codes.append((_p_half, _u_half, offset, 2, num, (2, order)))
    return size, nargs, codes


def _buffer_bytes(buffer):
    if isinstance(buffer, (bytes, bytearray)):
        return buffer
    raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)


class Struct:
    """Struct(fmt) --> compiled struct object"""

    __slots__ = ("_format", "_size", "_nargs", "_codes", "_pk_ops", "_up_ops")

    def __init__(self, format):
        if isinstance(format, str):
            fmt = format
        elif isinstance(format, (bytes, bytearray)):
            fmt = bytes(format).decode("latin-1")
        else:
            raise TypeError(
                "Struct() argument 1 must be a str or bytes object, not %s"
                % type(format).__name__)
        self._format = fmt
        self._size, self._nargs, self._codes = _compile(fmt)
        # Flattened per-value operations for the common small formats.
        self._pk_ops = self._up_ops = None
        if self._nargs <= 512:
            up_ops = []
            pk_ops = []
            pos = 0
            contiguous = True
            for pk, up, offset, itemsize, count, info in self._codes:
                for _ in range(count):
                    if offset != pos:
                        contiguous = False
                    up_ops.append((up, offset, offset + itemsize, info))
                    pk_ops.append((pk, info))
                    offset += itemsize
                    pos = offset
            self._up_ops = up_ops
            if contiguous and pos == self._size:
                self._pk_ops = pk_ops

    @property
    def format(self):
        return self._format

    @property
    def size(self):
        return self._size

    def _pack(self, args, start, who):
        nargs = self._nargs
        if len(args) - start != nargs:
            raise error("%s expected %d items for packing (got %d)"
                        % (who, nargs, len(args) - start))
        ops = self._pk_ops
        if ops is not None:
            if nargs == 1:
                op = ops[0]
                return op[0](args[start], op[1])
            if start:
                args = args[start:]
            return b"".join([pk(v, info) for (pk, info), v in zip(ops, args)])
        codes = self._codes
        buf = bytearray(self._size)
        i = start
        for pk, _, offset, itemsize, count, info in codes:
            for _ in range(count):
                buf[offset:offset + itemsize] = pk(args[i], info)
                offset += itemsize
                i += 1
        return bytes(buf)

    def pack(self, *args):
        return self._pack(args, 0, "pack")

    def pack_into(self, *args):
        n = len(args)
        if n != self._nargs + 2:
            if n == 0:
                raise error("pack_into expected buffer argument")
            if n == 1:
                raise error("pack_into expected offset argument")
            raise error("pack_into expected %d items for packing (got %d)"
                        % (self._nargs, n - 2))
        buffer = args[0]
        if not isinstance(buffer, bytearray):
            raise TypeError("argument must be read-write bytes-like object, not %s"
                            % type(buffer).__name__)
        offset = _index(args[1])
        size = self._size
        blen = len(buffer)
        if offset < 0:
            if offset + size > 0:
                raise error("no space to pack %d bytes at offset %d" % (size, offset))
            if offset + blen < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, blen))
            offset += blen
        if blen - offset < size:
            raise error("pack_into requires a buffer of at least %d bytes for packing "
                        "%d bytes at offset %d (actual buffer size is %d)"
                        % (size + offset, size, offset, blen))
        buffer[offset:offset + size] = self._pack(args, 2, "pack_into")

    def _unpack_at(self, data, base):
        ops = self._up_ops
        if ops is not None:
            if base:
                return tuple([up(data[base + s:base + e], info) for up, s, e, info in ops])
            return tuple([up(data[s:e], info) for up, s, e, info in ops])
        out = []
        for _, up, offset, itemsize, count, info in self._codes:
            offset += base
            for _ in range(count):
                out.append(up(data[offset:offset + itemsize], info))
                offset += itemsize
        return tuple(out)

    def unpack(self, buffer):
        data = _buffer_bytes(buffer)
        if len(data) != self._size:
            raise error("unpack requires a buffer of %d bytes" % self._size)
        return self._unpack_at(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = _buffer_bytes(buffer)
        offset = _index(offset)
        size = self._size
        blen = len(data)
        if offset < 0:
            if offset + size > 0:
                raise error("not enough data to unpack %d bytes at offset %d" % (size, offset))
            if offset + blen < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, blen))
            offset += blen
        if blen - offset < size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking "
                        "%d bytes at offset %d (actual buffer size is %d)"
                        % (size + offset, size, offset, blen))
        return self._unpack_at(data, offset)

    def iter_unpack(self, buffer):
        data = _buffer_bytes(buffer)
        size = self._size
        if size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes"
                        % size)
        return unpack_iterator(self, data)


Struct.__module__ = "_struct"


class unpack_iterator:
    __slots__ = ("_struct", "_data", "_pos")

    def __init__(self, s, data):
        self._struct = s
        self._data = data
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        if data is None:
            raise StopIteration
        pos = self._pos
        if pos >= len(data):
            self._data = None
            raise StopIteration
        self._pos = pos + self._struct._size
        return self._struct._unpack_at(data, pos)

    def __length_hint__(self):
        if self._data is None:
            return 0
        return (len(self._data) - self._pos) // self._struct._size


unpack_iterator.__module__ = "_struct"

_cache = {}
_MAXCACHE = 100


def _get(fmt):
    try:
        s = _cache.get(fmt)
    except TypeError:
        s = None
    if s is None:
        s = Struct(fmt)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[fmt] = s
    return s


def _clearcache():
    _cache.clear()


def calcsize(format):
    return _get(format)._size


def pack(*args):
    if not args:
        raise TypeError("missing format argument")
    return _get(args[0])._pack(args, 1, "pack")


def pack_into(*args):
    if not args:
        raise TypeError("missing format argument")
    return _get(args[0]).pack_into(*args[1:])


def unpack(format, buffer):
    return _get(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    return _get(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _get(format).iter_unpack(buffer)
