"""JSON text to Python objects: JSONDecoder, JSONDecodeError and scanstring."""

from . import scanner

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

# Short backslash escapes and the characters they stand for.
_ESCAPES = {
    '"': '"', '\\': '\\', '/': '/', 'b': '\b',
    'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_HEX_DIGITS = frozenset('0123456789abcdefABCDEF')


class JSONDecodeError(ValueError):
    """A ValueError raised for malformed JSON, with the position of the fault.

    Attributes: msg (the bare message), doc (the text being parsed), pos (the
    index of the fault in doc), lineno and colno (its 1-based line and column).
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        text = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, text)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _first_control_char(chunk):
    """Index of the first character below U+0020 in chunk, or -1."""
    for i, ch in enumerate(chunk):
        if ch < ' ':
            return i
    return -1


def _hex4(s, u):
    """Code point of the four hex digits after the 'u' at index u.

    Raises JSONDecodeError when they are missing or malformed; the escape must
    also be followed by at least one more character.
    """
    if u + 5 >= len(s):
        raise JSONDecodeError('Invalid \\uXXXX escape', s, u)
    digits = s[u + 1:u + 5]
    for ch in digits:
        if ch not in _HEX_DIGITS:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, u)
    return int(digits, 16)


def scanstring(s, end, strict=True):
    """Decode the JSON string whose opening quote is at s[end - 1].

    Returns (text, index just past the closing quote).  With strict true,
    control characters (below U+0020) inside the string are an error.
    """
    begin = end - 1
    n = len(s)
    chunks = []
    quote = -1
    while True:
        if quote < end:
            quote = s.find('"', end)
            if quote < 0:
                quote = n
        # Only look for a backslash before the quote, so that a string
        # without escapes is never searched past its end.
        stop = s.find('\\', end, quote)
        if stop < 0:
            stop = quote
        if stop > end:
            chunk = s[end:stop]
            if strict and not chunk.isprintable():
                bad = _first_control_char(chunk)
                if bad >= 0:
                    raise JSONDecodeError('Invalid control character at',
                                          s, end + bad)
            chunks.append(chunk)
        if stop == n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if s[stop] == '"':
            return ''.join(chunks), stop + 1
        # A backslash escape starts at stop.
        esc = stop + 1
        if esc >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        kind = s[esc]
        if kind != 'u':
            try:
                chunks.append(_ESCAPES[kind])
            except KeyError:
                raise JSONDecodeError('Invalid \\escape', s, stop) from None
            end = esc + 1
            continue
        code = _hex4(s, esc)
        end = esc + 5
        if 0xd800 <= code <= 0xdbff and end + 1 < n and s[end] == '\\' and s[end + 1] == 'u':
            # A high surrogate: join it with a following low surrogate escape.
            low = _hex4(s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                end += 6
        chunks.append(chr(code))


class JSONDecoder:
    """Decoder of JSON documents.

    JSON objects become dicts, arrays lists, strings str, numbers int or
    float, true/false bool and null None; NaN, Infinity and -Infinity are
    accepted as floats.

    object_hook is called with each decoded dict and its result used
    instead; object_pairs_hook, which takes precedence, is called with the
    list of (key, value) pairs.  parse_float, parse_int and parse_constant
    are called with the text of each float, int and NaN/Infinity/-Infinity.
    With strict false, control characters are allowed inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s):
        """Return the Python object for the JSON document s (a str).

        Whitespace may surround the document; anything else after it is an
        "Extra data" error.
        """
        obj, end = self.raw_decode(s, scanner.skip_whitespace(s, 0))
        end = scanner.skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode one JSON value starting exactly at s[idx].

        Returns (object, index just past the value); text after the value is
        left alone.
        """
        try:
            return self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
