"""JSON text -> Python objects (Ferrython implementation)."""

from json import scanner

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """ValueError subclass carrying the position of a decoding problem.

    msg: the unformatted message, doc: the JSON document, pos: index of the
    problem in doc, lineno/colno: the same position as line and column.
    """

    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        col = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(
            self, '%s: line %d column %d (char %d)' % (msg, line, col, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = line
        self.colno = col

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


_SIMPLE_ESCAPES = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}
_HEX = frozenset('0123456789abcdefABCDEF')


def _read_hex4(text, at):
    """Code unit spelled by the 4 hex digits after the 'u' at index `at`."""
    digits = text[at + 1:at + 5]
    if at + 5 >= len(text) or not all(ch in _HEX for ch in digits):
        raise JSONDecodeError('Invalid \\uXXXX escape', text, at)
    return int(digits, 16)


def py_scanstring(s, end, strict=True):
    """Decode the JSON string whose opening quote is at end - 1.

    Returns (text, index just past the closing quote)."""
    opening = end - 1
    size = len(s)
    parts = []
    add = parts.append
    while True:
        # copy a run of ordinary characters in one slice
        run = end
        while run < size:
            ch = s[run]
            if ch == '"' or ch == '\\' or ch < ' ':
                break
            run += 1
        if run >= size:
            raise JSONDecodeError('Unterminated string starting at', s, opening)
        if run > end:
            add(s[end:run])
        ch = s[run]
        end = run + 1
        if ch == '"':
            break
        if ch != '\\':
            if strict:
                raise JSONDecodeError('Invalid control character at', s, run)
            add(ch)
            continue
        if end >= size:
            raise JSONDecodeError('Unterminated string starting at', s, opening)
        kind = s[end]
        if kind != 'u':
            plain = _SIMPLE_ESCAPES.get(kind)
            if plain is None:
                raise JSONDecodeError('Invalid \\escape', s, run)
            add(plain)
            end += 1
            continue
        unit = _read_hex4(s, end)
        end += 5
        if 0xd800 <= unit <= 0xdbff and s[end:end + 2] == '\\u':
            low = _read_hex4(s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                unit = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00)
                end += 6
        add(chr(unit))
    return ''.join(parts), end


scanstring = py_scanstring


class JSONDecoder(object):
    """Simple JSON decoder (objects, arrays, strings, numbers, true, false,
    null, plus the NaN/Infinity/-Infinity extensions)."""

    def __init__(self, *,
                 object_hook=None,
                 parse_float=None,
                 parse_int=None,
                 parse_constant=None,
                 strict=True,
                 object_pairs_hook=None):
        self.strict = strict
        self.object_hook, self.object_pairs_hook = object_hook, object_pairs_hook
        self.parse_float = float if parse_float is None else parse_float
        self.parse_int = int if parse_int is None else parse_int
        if parse_constant is None:
            parse_constant = _CONSTANTS.__getitem__
        self.parse_constant = parse_constant
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=None):
        """Return the Python object represented by the JSON document s."""
        start = scanner.skip_ws(s, 0)
        obj, stop = self.raw_decode(s, start)
        stop = scanner.skip_ws(s, stop)
        if stop != len(s):
            raise JSONDecodeError('Extra data', s, stop)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode one JSON document at the start of s[idx:].

        Returns (object, index where the document ended)."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as stop:
            raise JSONDecodeError('Expecting value', s, stop.value) from None


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}
