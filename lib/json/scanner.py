"""The JSON value scanner behind JSONDecoder.

make_scanner(decoder) returns scan_once(s, idx), which decodes the JSON value
starting exactly at s[idx] and returns (value, end index).  When no value
starts there it raises StopIteration(idx), which JSONDecoder turns into an
"Expecting value" error.
"""

__all__ = ['make_scanner']

_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'


def skip_whitespace(s, i):
    """Index of the first non-whitespace character of s at or after i."""
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


def _digits_end(s, i, n):
    """Index just past the run of ASCII digits starting at s[i]."""
    while i < n and s[i] in _DIGITS:
        i += 1
    return i


def make_scanner(context):
    """Build scan_once for a decoder (any object with JSONDecoder's attributes)."""
    # Imported here because the decoder module imports this one.
    from .decoder import JSONDecodeError, scanstring

    strict = context.strict
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    memo = context.memo

    def parse_number(s, i, n):
        start = i
        if s[i] == '-':
            i += 1
        if i < n and '1' <= s[i] <= '9':
            i = _digits_end(s, i + 1, n)
        elif i < n and s[i] == '0':
            i += 1
        else:
            raise StopIteration(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i = _digits_end(s, i + 2, n)
            is_float = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                i = _digits_end(s, j + 1, n)
                is_float = True
        text = s[start:i]
        if is_float:
            return parse_float(text), i
        return parse_int(text), i

    def parse_object(s, i, n):
        pairs = []
        i = skip_whitespace(s, i)
        if i < n and s[i] == '}':
            i += 1
        else:
            while True:
                if i >= n or s[i] != '"':
                    raise JSONDecodeError(
                        'Expecting property name enclosed in double quotes', s, i)
                key, i = scanstring(s, i + 1, strict)
                key = memo.setdefault(key, key)
                i = skip_whitespace(s, i)
                if i >= n or s[i] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                value, i = scan_value(s, skip_whitespace(s, i + 1), n)
                pairs.append((key, value))
                i = skip_whitespace(s, i)
                if i < n and s[i] == '}':
                    i += 1
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = skip_whitespace(s, i + 1)
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs), i
        obj = dict(pairs)
        if object_hook is not None:
            obj = object_hook(obj)
        return obj, i

    def parse_array(s, i, n):
        values = []
        i = skip_whitespace(s, i)
        if i < n and s[i] == ']':
            return values, i + 1
        while True:
            value, i = scan_value(s, i, n)
            values.append(value)
            i = skip_whitespace(s, i)
            if i < n and s[i] == ']':
                return values, i + 1
            if i >= n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = skip_whitespace(s, i + 1)

    def scan_value(s, i, n):
        if i >= n:
            raise StopIteration(i)
        ch = s[i]
        if ch == '"':
            return scanstring(s, i + 1, strict)
        if ch == '{':
            return parse_object(s, i + 1, n)
        if ch == '[':
            return parse_array(s, i + 1, n)
        if ch == 'n' and s.startswith('null', i):
            return None, i + 4
        if ch == 't' and s.startswith('true', i):
            return True, i + 4
        if ch == 'f' and s.startswith('false', i):
            return False, i + 5
        if ch == 'N' and s.startswith('NaN', i):
            return parse_constant('NaN'), i + 3
        if ch == 'I' and s.startswith('Infinity', i):
            return parse_constant('Infinity'), i + 8
        if ch == '-' and s.startswith('-Infinity', i):
            return parse_constant('-Infinity'), i + 9
        if ch == '-' or '0' <= ch <= '9':
            return parse_number(s, i, n)
        raise StopIteration(i)

    def scan_once(s, idx):
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return scan_value(s, idx, len(s))
        finally:
            memo.clear()

    return scan_once
