"""Conversion between binary data and ASCII (pure-Python, for Ferrython)."""

# CPython implements this module in C: its frames stay out of tracebacks and profiles.
__native_module__ = True

__all__ = [
    "Error", "Incomplete", "hexlify", "unhexlify", "b2a_hex", "a2b_hex",
    "b2a_base64", "a2b_base64", "crc32", "crc_hqx", "b2a_uu", "a2b_uu",
    "b2a_qp", "a2b_qp",
]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _bin(data):
    """Argument of the b2a_* functions: any bytes-like object."""
    if isinstance(data, (bytes, bytearray)):
        return data
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _ascii(data):
    """Argument of the a2b_* functions: bytes-like or an ASCII-only str."""
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


# ------------------------------------------------------------------- hex

def _hex_with_sep(h, sep, bytes_per_sep):
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    if isinstance(sep, str):
        sep = sep.encode("latin-1")
    else:
        sep = bytes(sep)
    if bytes_per_sep == 0 or not h:
        return h
    step = 2 * abs(bytes_per_sep)
    n = len(h)
    if bytes_per_sep > 0:
        first = n % step or step
        parts = [h[:first]]
        parts.extend(h[i:i + step] for i in range(first, n, step))
    else:
        parts = [h[i:i + step] for i in range(0, n, step)]
    return sep.join(parts)


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    h = _bin(data).hex().encode("ascii")
    if sep is not None:
        h = _hex_with_sep(h, sep, bytes_per_sep)
    return h


b2a_hex = hexlify

_HEXDIGITS = frozenset(b"0123456789abcdefABCDEF")


def unhexlify(hexstr):
    """Binary data of hexadecimal representation."""
    data = _ascii(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    if not _HEXDIGITS.issuperset(data):
        raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(data.decode("ascii"))


a2b_hex = unhexlify

# ---------------------------------------------------------------- base64

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_PAIRS = [bytes((_B64[i >> 6], _B64[i & 63])) for i in range(4096)]
_B64_DEC = [255] * 256
for _i, _c in enumerate(_B64):
    _B64_DEC[_c] = _i
del _i, _c


def b2a_base64(data, *, newline=True):
    """Base64-code line of data."""
    data = _bin(data)
    n = len(data)
    full = n - n % 3
    pairs = _B64_PAIRS
    out = []
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(pairs[v >> 12])
        out.append(pairs[v & 0xFFF])
    rest = n - full
    if rest == 1:
        v = data[full] << 4
        out.append(pairs[v])
        out.append(b"==")
    elif rest == 2:
        v = (data[full] << 10) | (data[full + 1] << 2)
        out.append(pairs[v >> 6])
        out.append(bytes((_B64[v & 63],)) + b"=")
    if newline:
        out.append(b"\n")
    return b"".join(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a line of base64 data."""
    data = _ascii(data)
    n = len(data)
    if strict_mode and n and data[0] == 61:
        raise Error("Leading padding not allowed")
    table = _B64_DEC
    out = bytearray()
    quad = 0
    left = 0
    pads = 0
    padding_started = False
    i = 0
    while i < n:
        c = data[i]
        i += 1
        if c == 61:  # '='
            padding_started = True
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and i < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        v = table[c]
        if v == 255:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad == 0:
            quad = 1
            left = v
        elif quad == 1:
            quad = 2
            out.append(((left << 2) | (v >> 4)) & 0xFF)
            left = v & 0x0F
        elif quad == 2:
            quad = 3
            out.append(((left << 4) | (v >> 2)) & 0xFF)
            left = v & 0x03
        else:
            quad = 0
            out.append(((left << 6) | v) & 0xFF)
    if quad != 0:
        if quad == 1:
            raise Error("Invalid base64-encoded string: number of data characters (%d) "
                        "cannot be 1 more than a multiple of 4" % (len(out) // 3 * 4 + 1))
        raise Error("Incorrect padding")
    return bytes(out)


# ------------------------------------------------------------------ CRCs

def _make_crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            if c & 1:
                c = 0xEDB88320 ^ (c >> 1)
            else:
                c >>= 1
        table.append(c)
    return table


def _make_crc_hqx_table():
    table = []
    for n in range(256):
        c = n << 8
        for _ in range(8):
            if c & 0x8000:
                c = ((c << 1) ^ 0x1021) & 0xFFFF
            else:
                c = (c << 1) & 0xFFFF
        table.append(c)
    return table


_CRC32 = _make_crc32_table()
_CRCHQX = _make_crc_hqx_table()


def crc32(data, crc=0, /):
    """Compute CRC-32 incrementally."""
    data = _bin(data)
    table = _CRC32
    c = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for b in data:
        c = table[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def crc_hqx(data, crc, /):
    """Compute CRC-CCITT incrementally."""
    data = _bin(data)
    table = _CRCHQX
    c = crc & 0xFFFF
    for b in data:
        c = ((c << 8) & 0xFF00) ^ table[(c >> 8) ^ b]
    return c


# -------------------------------------------------------------------- uu

def b2a_uu(data, /, *, backtick=False):
    """Uuencode line of data."""
    data = _bin(data)
    n = len(data)
    if n > 45:
        raise Error("At most 45 bytes at once")
    if backtick and n == 0:
        out = bytearray(b"`")
    else:
        out = bytearray((32 + n,))
    padded = bytes(data) + bytes((3 - n % 3) % 3)
    for i in range(0, len(padded), 3):
        v = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2]
        for shift in (18, 12, 6, 0):
            d = (v >> shift) & 63
            out.append(96 if backtick and d == 0 else 32 + d)
    out.append(10)
    return bytes(out)


def a2b_uu(data, /):
    """Decode a line of uuencoded data."""
    data = _ascii(data)
    n = len(data)
    length = ((data[0] if n else 0) - 32) & 63
    pos = 1
    out = bytearray()
    left = 0
    bits = 0
    while len(out) < length:
        if pos >= n:
            c = 0
        else:
            c = data[pos]
            pos += 1
            if c == 10 or c == 13:
                c = 0
            else:
                if c < 32 or c > 96:
                    raise Error("Illegal char")
                c = (c - 32) & 63
        left = (left << 6) | c
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((left >> bits) & 0xFF)
            left &= (1 << bits) - 1
    while pos < n:
        c = data[pos]
        pos += 1
        if c not in (32, 96, 10, 13):
            raise Error("Trailing garbage")
    return bytes(out)


_HEXUP = b"0123456789ABCDEF"


def _hexval(c):
    if 48 <= c <= 57:
        return c - 48
    if 65 <= c <= 70:
        return c - 55
    if 97 <= c <= 102:
        return c - 87
    return -1


def a2b_qp(data, header=False):
    """Decode a string of qp-encoded data."""
    data = _ascii(data)
    n = len(data)
    out = bytearray()
    i = 0
    while i < n:
        c = data[i]
        if c == 61:  # '='
            i += 1
            if i >= n:
                break
            c = data[i]
            if c == 10 or c == 13:  # soft line break
                if c != 10:
                    while i < n and data[i] != 10:
                        i += 1
                if i < n:
                    i += 1
            elif c == 61:
                out.append(61)
                i += 1
            elif i + 1 < n and _hexval(c) >= 0 and _hexval(data[i + 1]) >= 0:
                out.append((_hexval(c) << 4) | _hexval(data[i + 1]))
                i += 2
            else:
                out.append(61)
        elif header and c == 95:  # '_'
            out.append(32)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Encode a string using quoted-printable encoding."""
    data = _bin(data)
    n = len(data)
    nl = data.find(b"\n")
    crlf = nl > 0 and data[nl - 1] == 13
    eol = b"\r\n" if crlf else b"\n"
    soft = b"=" + eol
    maxline = 76
    out = bytearray()
    linelen = 0
    i = 0
    while i < n:
        c = data[i]
        nxt = data[i + 1] if i + 1 < n else -1
        if (c > 126 or c == 61 or (header and c == 95)
                or (c == 46 and linelen == 0 and (nxt in (-1, 10, 13, 0)))
                or (not istext and (c == 13 or c == 10))
                or ((c == 9 or c == 32) and i + 1 == n)
                or (c < 33 and c != 13 and c != 10
                    and (quotetabs or (c != 9 and c != 32)))):
            if linelen + 3 >= maxline:
                out += soft
                linelen = 0
            out.append(61)
            out.append(_HEXUP[c >> 4])
            out.append(_HEXUP[c & 15])
            i += 1
            linelen += 3
        elif istext and (c == 10 or (c == 13 and nxt == 10)):
            linelen = 0
            if out and out[-1] in (32, 9):
                ch = out[-1]
                out[-1] = 61
                out.append(_HEXUP[ch >> 4])
                out.append(_HEXUP[ch & 15])
            out += eol
            i += 2 if c == 13 else 1
        else:
            if i + 1 != n and nxt != 10 and linelen + 1 >= maxline:
                out += soft
                linelen = 0
            linelen += 1
            if header and c == 32:
                out.append(95)
            else:
                out.append(c)
            i += 1
    return bytes(out)
