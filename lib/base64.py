"""Base16, Base32, Base64 (RFC 4648), Ascii85 and Base85 codecs.

Clean-room implementation for Ferrython, written from the documented
behaviour of the standard ``base64`` module.  Base64 and Base16 lean on
binascii; the other codecs are implemented here directly.
"""

import binascii
import builtins as _builtins

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
    ]

bytes_types = (bytes, bytearray)

# Ferrython has no memoryview builtin yet; fall back to bytes/bytearray.
_memoryview = getattr(_builtins, 'memoryview', None)


def _buffer_bytes(obj):
    """bytes of any buffer object; TypeError (memoryview's) otherwise."""
    if isinstance(obj, bytes_types):
        return bytes(obj)
    if _memoryview is None:
        raise TypeError("memoryview: a bytes-like object is required, "
                        "not '%s'" % type(obj).__name__)
    return _memoryview(obj).tobytes()


def _as_input_bytes(data):
    """Accept bytes-like objects or pure-ASCII str for the decoders."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII '
                             'characters')
    if isinstance(data, bytes_types):
        return data
    try:
        return _buffer_bytes(data)
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % type(data).__name__) from None


def _raw_bytes(data):
    # encoders: any buffer, errors come from memoryview itself
    if isinstance(data, bytes_types):
        return data
    return _buffer_bytes(data)


def _require_buffer(obj):
    if isinstance(obj, bytes_types):
        return bytes(obj)
    try:
        return _buffer_bytes(obj)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(obj).__name__) from None


_NATIVE_TRANSLATE = (hasattr(bytes, 'maketrans')
                     and hasattr(bytes, 'translate'))


def _swap_bytes(data, old, new):
    """data.translate(bytes.maketrans(old, new)), with a pure-Python
    fallback for runtimes whose bytes type lacks those methods."""
    if _NATIVE_TRANSLATE:
        return bytes(data).translate(bytes.maketrans(old, new))
    old, new = _require_buffer(old), _require_buffer(new)
    if len(old) != len(new):
        raise ValueError("maketrans arguments must have same length")
    mapping = dict(zip(old, new))
    return bytes([mapping.get(code, code) for code in data])


# ---------------------------------------------------------------- Base64

def b64encode(s, altchars=None):
    """Base64-encode a bytes-like object; altchars replaces '+' and '/'."""
    out = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return out
    assert len(altchars) == 2, repr(altchars)  # exactly two
    return _swap_bytes(out, b'+/', altchars)


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 data; with validate, reject non-alphabet bytes."""
    data = _as_input_bytes(s)
    if altchars is not None:
        alt = _as_input_bytes(altchars)
        assert len(alt) == 2, repr(alt)
        data = _swap_bytes(data, alt, b'+/')
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    """Base64-encode with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode standard-alphabet Base64."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64-encode using '-' and '_' instead of '+' and '/'."""
    return _swap_bytes(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    """Decode URL- and filesystem-safe Base64."""
    return b64decode(_swap_bytes(_as_input_bytes(s), b'-_', b'+/'))


# ---------------------------------------------------------------- Base32

_B32_STD = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_b32_reverse_tables = {}

# number of '=' characters for each count of leftover input bytes
_B32_PAD_FOR_REST = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}
# number of output bytes for each count of '=' in the last quantum
_B32_BYTES_FOR_PAD = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32_encode_with(alphabet, s):
    data = _raw_bytes(s)
    rest = len(data) % 5
    if rest:
        data = bytes(data) + bytes(5 - rest)
    out = bytearray()
    for start in range(0, len(data), 5):
        group = int.from_bytes(data[start:start + 5], 'big')
        for shift in range(35, -5, -5):
            out.append(alphabet[(group >> shift) & 31])
    pad = _B32_PAD_FOR_REST[rest]
    if pad:
        out[-pad:] = b'=' * pad
    return bytes(out)


def _b32_decode_with(alphabet, s, casefold=False, map01=None):
    table = _b32_reverse_tables.get(alphabet)
    if table is None:
        table = {code: value for value, code in enumerate(alphabet)}
        _b32_reverse_tables[alphabet] = table
    data = _as_input_bytes(s)
    if len(data) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        target = _as_input_bytes(map01)
        assert len(target) == 1, repr(target)
        data = _swap_bytes(data, b'01', b'O' + target)
    if casefold:
        data = data.upper()
    body = data.rstrip(b'=')
    pad = len(data) - len(body)
    out = bytearray()
    group = 0
    for start in range(0, len(body), 8):
        group = 0
        for code in body[start:start + 8]:
            value = table.get(code)
            if value is None:
                raise binascii.Error('Non-base32 digit found')
            group = (group << 5) | value
        out += group.to_bytes(5, 'big')
    keep = _B32_BYTES_FOR_PAD.get(pad)
    if keep is None:
        raise binascii.Error('Incorrect padding')
    if pad and out:
        # the final quantum was short: shift it into place, keep its head
        group <<= 5 * pad
        out[-5:] = group.to_bytes(5, 'big')[:keep]
    return bytes(out)


def b32encode(s):
    """Base32-encode a bytes-like object (RFC 4648 alphabet)."""
    return _b32_encode_with(_B32_STD, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32; map01 says what digit 1 stands for (I or L)."""
    return _b32_decode_with(_B32_STD, s, casefold, map01)


def b32hexencode(s):
    """Base32-encode using the Extended Hex alphabet."""
    return _b32_encode_with(_B32_HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode Extended Hex Base32."""
    return _b32_decode_with(_B32_HEX, s, casefold)


# ---------------------------------------------------------------- Base16

_HEX_UPPER = frozenset(b'0123456789ABCDEF')


def b16encode(s):
    """Base16-encode (upper-case hexadecimal)."""
    digits = binascii.hexlify(s)
    return digits.upper()


def b16decode(s, casefold=False):
    """Decode Base16; lower-case digits need casefold=True."""
    data = _as_input_bytes(s)
    if casefold:
        data = data.upper()
    for code in data:
        if code not in _HEX_UPPER:
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(data)


# ------------------------------------------------------- Ascii85/Base85

_A85_OPEN = b'<~'
_A85_CLOSE = b'~>'
_A85_DIGITS = bytes(range(33, 118))
_B85_DIGITS = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
               b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_B85_VALUES = {code: value for value, code in enumerate(_B85_DIGITS)}


def _word_to_digits(word, digits):
    chars = bytearray(5)
    for pos in range(4, -1, -1):
        word, chars[pos] = divmod(word, 85)
        chars[pos] = digits[chars[pos]]
    return bytes(chars)


def _encode85(data, digits, pad=False, fold_zero=False, fold_space=False):
    data = _raw_bytes(data)
    short = -len(data) % 4
    if short:
        data = bytes(data) + bytes(short)
    pieces = []
    for start in range(0, len(data), 4):
        word = int.from_bytes(data[start:start + 4], 'big')
        if fold_zero and word == 0:
            pieces.append(b'z')
        elif fold_space and word == 0x20202020:
            pieces.append(b'y')
        else:
            pieces.append(_word_to_digits(word, digits))
    if short and not pad:
        last = pieces[-1]
        if last == b'z':
            last = digits[:1] * 5
        pieces[-1] = last[:-short]
    return b''.join(pieces)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85-encode a bytes-like object."""
    text = _encode85(b, _A85_DIGITS, pad, True, foldspaces)
    if adobe:
        text = _A85_OPEN + text
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [text[k:k + width] for k in range(0, len(text), width)]
        if adobe and len(lines[-1]) + 2 > width:
            # the closing delimiter must fit on its own line
            lines.append(b'')
        text = b'\n'.join(lines)
    if adobe:
        text += _A85_CLOSE
    return text


def a85decode(b, *, foldspaces=False, adobe=False,
              ignorechars=b' \t\n\r\v'):
    """Decode Ascii85 data."""
    data = _as_input_bytes(b)
    if adobe:
        if not data.endswith(_A85_CLOSE):
            raise ValueError("Ascii85 encoded byte sequences must end with "
                             "%r" % (_A85_CLOSE,))
        start = 2 if data.startswith(_A85_OPEN) else 0
        data = data[start:-2]
    out = []
    group = []
    # four trailing 'u' (value 84) complete a partial final group
    for code in bytes(data) + b'uuuu':
        if 33 <= code <= 117:
            group.append(code - 33)
            if len(group) == 5:
                word = 0
                for value in group:
                    word = word * 85 + value
                if word > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out.append(word.to_bytes(4, 'big'))
                group = []
        elif code == 0x7A:      # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out.append(b'\0\0\0\0')
        elif foldspaces and code == 0x79:       # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out.append(b'    ')
        elif code in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % code)
    joined = b''.join(out)
    extra = 4 - len(group)
    return joined[:-extra] if extra else joined


def b85encode(b, pad=False):
    """Base85-encode (the git/Mercurial alphabet)."""
    return _encode85(b, _B85_DIGITS, pad)


def b85decode(b):
    """Decode Base85 data."""
    data = _as_input_bytes(b)
    short = -len(data) % 5
    data = bytes(data) + b'~' * short
    out = []
    for start in range(0, len(data), 5):
        word = 0
        for offset, code in enumerate(data[start:start + 5]):
            value = _B85_VALUES.get(code)
            if value is None:
                raise ValueError('bad base85 character at position %d'
                                 % (start + offset))
            word = word * 85 + value
        if word > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d'
                             % start)
        out.append(word.to_bytes(4, 'big'))
    joined = b''.join(out)
    return joined[:-short] if short else joined


# ------------------------------------------------------ legacy interface

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _check_buffer(s):
    if _memoryview is None:
        if not isinstance(s, bytes_types):
            raise TypeError("expected bytes-like object, not %s"
                            % type(s).__name__)
        return
    try:
        view = _memoryview(s)
    except TypeError as exc:
        raise TypeError("expected bytes-like object, not %s"
                        % type(s).__name__) from exc
    if view.format not in ('c', 'b', 'B'):
        raise TypeError("expected single byte elements, not %r from %s"
                        % (view.format, type(s).__name__))
    if view.ndim != 1:
        raise TypeError("expected 1-D data, not %d-D data from %s"
                        % (view.ndim, type(s).__name__))


def encode(input, output):
    """Base64-encode binary file `input` into file `output`, in lines."""
    while True:
        block = input.read(MAXBINSIZE)
        if not block:
            return
        # fill the block completely unless the input is exhausted
        while len(block) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(block))
            if not more:
                break
            block += more
        output.write(binascii.b2a_base64(block))


def decode(input, output):
    """Decode Base64 lines from file `input` into file `output`."""
    for line in iter(input.readline, b''):
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def encodebytes(s):
    """Base64-encode into lines of at most 76 characters each."""
    _check_buffer(s)
    return b''.join([binascii.b2a_base64(s[k:k + MAXBINSIZE])
                     for k in range(0, len(s), MAXBINSIZE)])


def decodebytes(s):
    """Decode the output of encodebytes()."""
    _check_buffer(s)
    return binascii.a2b_base64(s, strict_mode=False)


def main():
    """Small command-line front end: encode or decode a file."""
    import sys
    import getopt
    usage = ("usage: %s [-h|-d|-e|-u] [file|-]\n" % sys.argv[0]) + """\
        -h: print this help message and exit
        -d, -u: decode
        -e: encode (default)"""
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'hdeu')  # -h -d -e -u
    except getopt.error as problem:
        sys.stdout = sys.stderr
        print(problem)
        print(usage)
        sys.exit(2)
    action = encode
    for flag, _value in opts:
        if flag == '-h':
            print(usage)
            return
        action = encode if flag == '-e' else decode
    if args and args[0] not in ('-',):
        with open(args[0], 'rb') as handle:
            action(handle, sys.stdout.buffer)
    else:
        action(sys.stdin.buffer, sys.stdout.buffer)


if __name__ == '__main__':
    main()
