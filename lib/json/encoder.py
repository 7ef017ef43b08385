"""Python objects -> JSON text (Ferrython implementation)."""

__all__ = ['JSONEncoder', 'encode_basestring', 'encode_basestring_ascii']

INFINITY = float('inf')

_NAMED = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r',
          '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _escape_char(ch, ascii_only):
    named = _NAMED.get(ch)
    if named is not None:
        return named
    code = ord(ch)
    if code < 0x20 or (ascii_only and code < 0x10000):
        return '\\u%04x' % code
    if not ascii_only:
        return ch
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff))


def encode_basestring(s):
    """JSON string literal for s, keeping non-ASCII characters."""
    out = []
    for ch in s:
        if ch in _NAMED or ch < ' ':
            out.append(_escape_char(ch, False))
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'


def encode_basestring_ascii(s):
    """JSON string literal for s using only ASCII characters."""
    out = []
    for ch in s:
        if ' ' <= ch <= '~' and ch != '"' and ch != '\\':
            out.append(ch)
        else:
            out.append(_escape_char(ch, True))
    return '"' + ''.join(out) + '"'


py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii
c_make_encoder = None


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures.

    dict -> object, list/tuple -> array, str -> string, int/float -> number,
    True/False -> true/false, None -> null. Override default() for others."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *,
                 skipkeys=False,
                 ensure_ascii=True,
                 check_circular=True,
                 allow_nan=True,
                 sort_keys=False,
                 indent=None,
                 separators=None,
                 default=None):
        self.skipkeys, self.sort_keys = skipkeys, sort_keys
        self.ensure_ascii, self.allow_nan = ensure_ascii, allow_nan
        self.check_circular, self.indent = check_circular, indent
        if separators is None:
            if indent is not None:
                self.item_separator = ','
        else:
            items_sep, keys_sep = separators
            self.item_separator, self.key_separator = items_sep, keys_sep
        if default is not None:
            self.default = default

    def default(self, o):
        """Hook for objects that are not natively serializable."""
        raise TypeError('Object of type %s is not JSON serializable'
                        % (type(o).__name__,))

    def encode(self, o):
        """Return the JSON text for o."""
        if isinstance(o, str):
            quote = encode_basestring_ascii if self.ensure_ascii else encode_basestring
            return quote(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Yield the JSON text for o piece by piece."""
        writer = _Emitter(self)
        return writer.emit(o, 0)


def _float_text(value, allow_nan):
    if value != value:
        text = 'NaN'
    elif value == INFINITY:
        text = 'Infinity'
    elif value == -INFINITY:
        text = '-Infinity'
    else:
        return float.__repr__(value)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant: '
                         + repr(value))
    return text


class _Emitter:
    """Walks a value and yields JSON fragments according to an encoder's settings."""

    def __init__(self, enc):
        self.enc = enc
        self.quote = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
        self.allow_nan = enc.allow_nan
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.pad = indent
        self.comma = enc.item_separator
        self.colon = enc.key_separator
        self.active = {} if enc.check_circular else None
        self.fallback = enc.default

    def scalar(self, o):
        """JSON text for a simple value, or None if o is not one."""
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return _float_text(o, self.allow_nan)
        return None

    def enter(self, o):
        if self.active is not None:
            marker = id(o)
            if marker in self.active:
                raise ValueError('Circular reference detected')
            self.active[marker] = o

    def leave(self, o):
        if self.active is not None:
            del self.active[id(o)]

    def emit(self, o, depth):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, dict):
            yield from self.emit_dict(o, depth)
        elif isinstance(o, (tuple, list)):
            yield from self.emit_list(o, depth)
        else:
            self.enter(o)
            replacement = self.fallback(o)
            yield from self.emit(replacement, depth)
            self.leave(o)

    def layout(self, depth):
        """(text after an opening bracket, between items, before the closer)."""
        if self.pad is None:
            return '', self.comma, ''
        inner = '\n' + self.pad * (depth + 1)
        return inner, self.comma + inner, '\n' + self.pad * depth

    def emit_list(self, seq, depth):
        if not seq:
            yield '[]'
            return
        self.enter(seq)
        lead, sep, tail = self.layout(depth)
        prefix = '[' + lead
        for item in seq:
            text = self.scalar(item)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                yield from self.emit(item, depth + 1)
            prefix = sep
        if tail:
            yield tail
        yield ']'
        self.leave(seq)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_text(key, self.allow_nan)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.enc.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not %s'
                        % type(key).__name__)

    def emit_dict(self, mapping, depth):
        if not mapping:
            yield '{}'
            return
        self.enter(mapping)
        lead, sep, tail = self.layout(depth)
        yield '{'
        if lead:
            yield lead
        pairs = mapping.items()
        if self.enc.sort_keys:
            pairs = sorted(pairs)
        started = False
        for key, val in pairs:
            name = self.key_text(key)
            if name is None:
                continue
            if started:
                yield sep
            started = True
            yield self.quote(name)
            yield self.colon
            text = self.scalar(val)
            if text is not None:
                yield text
            else:
                yield from self.emit(val, depth + 1)
        if tail:
            yield tail
        yield '}'
        self.leave(mapping)
