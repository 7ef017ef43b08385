"""Python objects to JSON text: JSONEncoder and the string escapers."""

__all__ = ['JSONEncoder', 'encode_basestring', 'encode_basestring_ascii']

INFINITY = float('inf')

# Escapes used whatever ensure_ascii says: quote, backslash and the C0
# control characters, keyed by code point for str.translate.
_ESCAPE_TABLE = {code: '\\u%04x' % code for code in range(0x20)}
_ESCAPE_TABLE.update({
    ord('"'): '\\"', ord('\\'): '\\\\', ord('\b'): '\\b', ord('\f'): '\\f',
    ord('\n'): '\\n', ord('\r'): '\\r', ord('\t'): '\\t',
})

# With ensure_ascii, DEL is escaped as well (everything outside U+0020..U+007E).
_ASCII_ESCAPE_TABLE = dict(_ESCAPE_TABLE)
_ASCII_ESCAPE_TABLE[0x7f] = '\\u007f'


def encode_basestring(s):
    """JSON string literal for s, keeping non-ASCII characters as they are."""
    return '"' + str.translate(s, _ESCAPE_TABLE) + '"'


def encode_basestring_ascii(s):
    """JSON string literal for s using only ASCII (\\uXXXX escapes, with
    surrogate pairs for characters beyond the BMP)."""
    if str.isascii(s):
        return '"' + str.translate(s, _ASCII_ESCAPE_TABLE) + '"'
    parts = []
    for ch in s:
        code = ord(ch)
        if code < 0x80:
            parts.append(_ASCII_ESCAPE_TABLE.get(code, ch))
        elif code < 0x10000:
            parts.append('\\u%04x' % code)
        else:
            code -= 0x10000
            parts.append('\\u%04x\\u%04x' % (0xd800 | (code >> 10),
                                             0xdc00 | (code & 0x3ff)))
    return '"' + ''.join(parts) + '"'


def _int_text(o):
    """Decimal text of an int (int subclasses' own __repr__ is ignored)."""
    if type(o) is int:
        return repr(o)
    return int.__repr__(o)


def _float_repr(o):
    """repr of a float (float subclasses' own __repr__ is ignored)."""
    if type(o) is float:
        return repr(o)
    return float.__repr__(o)


class JSONEncoder:
    """Encoder of Python data structures as JSON.

    dict becomes an object, list and tuple an array, str a string, int and
    float (and their subclasses) a number, True/False true/false and None
    null.  Other objects are passed to default(), which should return
    something serializable or raise TypeError; override it in a subclass or
    pass default= to support more types.
    """

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        """Settings:

        skipkeys: drop dict keys that are not str, int, float, bool or None
            instead of raising TypeError.
        ensure_ascii: escape every non-ASCII character.
        check_circular: detect reference cycles (ValueError) instead of
            recursing until RecursionError.
        allow_nan: write NaN, Infinity and -Infinity; if false they raise
            ValueError.
        sort_keys: write dict items sorted by key.
        indent: pretty-print with this many spaces (an int) or this string
            per level; None is the most compact single-line form.
        separators: an (item_separator, key_separator) pair; the default is
            (', ', ': '), or (',', ': ') when indent is given.
        default: a function used in place of the default() method.
        """
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable stand-in for o; this one always raises TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return the JSON text of o as one str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Return an iterator over the chunks of the JSON text of o."""
        return _Writer(self).chunks(o, 0)


class _Writer:
    """Produces the chunks of JSON text for one iterencode() call."""

    def __init__(self, encoder):
        self.markers = {} if encoder.check_circular else None
        self.encode_str = (encode_basestring_ascii if encoder.ensure_ascii
                           else encode_basestring)
        self.allow_nan = encoder.allow_nan
        self.default = encoder.default
        self.skipkeys = encoder.skipkeys
        self.sort_keys = encoder.sort_keys
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.item_separator = encoder.item_separator
        self.key_separator = encoder.key_separator

    def float_text(self, o):
        """JSON text of a float; NaN and infinities need allow_nan."""
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return _float_repr(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant: '
                             + repr(o))
        return text

    def scalar_text(self, o):
        """JSON text of a str, None, bool, int or float; None for anything else."""
        if isinstance(o, str):
            return self.encode_str(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return _int_text(o)
        if isinstance(o, float):
            return self.float_text(o)
        return None

    def key_text(self, key):
        """The str a dict key is written as; None when it is to be skipped."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return _int_text(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def enter(self, o):
        """Record that o is being encoded; a second visit is a cycle."""
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[marker] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def chunks(self, o, level):
        """Generate the chunks for any value o nested `level` deep."""
        text = self.scalar_text(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.array_chunks(o, level)
        elif isinstance(o, dict):
            yield from self.object_chunks(o, level)
        else:
            self.enter(o)
            yield from self.chunks(self.default(o), level)
            self.leave(o)

    def array_chunks(self, seq, level):
        if not seq:
            yield '[]'
            return
        self.enter(seq)
        if self.indent is None:
            newline = None
            separator = self.item_separator
            prefix = '['
        else:
            level += 1
            newline = '\n' + self.indent * level
            separator = self.item_separator + newline
            prefix = '[' + newline
        for item in seq:
            text = self.scalar_text(item)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                yield from self.chunks(item, level)
            prefix = separator
        if newline is not None:
            yield '\n' + self.indent * (level - 1)
        yield ']'
        self.leave(seq)

    def object_chunks(self, dct, level):
        if not dct:
            yield '{}'
            return
        self.enter(dct)
        yield '{'
        if self.indent is None:
            newline = None
            separator = self.item_separator
        else:
            level += 1
            newline = '\n' + self.indent * level
            separator = self.item_separator + newline
            yield newline
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            key = self.key_text(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield separator
            yield self.encode_str(key)
            yield self.key_separator
            text = self.scalar_text(value)
            if text is not None:
                yield text
            else:
                yield from self.chunks(value, level)
        if newline is not None:
            yield '\n' + self.indent * (level - 1)
        yield '}'
        self.leave(dct)
