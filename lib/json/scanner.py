"""The recursive-descent scanner used by json.decoder."""

__all__ = ['make_scanner']

_BLANK = frozenset(' \t\n\r')
_DIGIT = frozenset('0123456789')


def skip_ws(s, i):
    """Index of the first non-whitespace character at or after i."""
    n = len(s)
    while i < n and s[i] in _BLANK:
        i += 1
    return i


def make_scanner(context):
    """Build scan_once(string, idx) -> (value, end) for a decoder context.

    StopIteration(idx) signals that no value starts at idx."""
    from json.decoder import JSONDecodeError
    read_string = context.parse_string
    as_float = context.parse_float
    as_int = context.parse_int
    as_constant = context.parse_constant
    strict = context.strict
    hook = context.object_hook
    pairs_hook = context.object_pairs_hook
    memo = context.memo
    blank = _BLANK
    digit = _DIGIT

    def number(s, i):
        n = len(s)
        j = i
        if j < n and s[j] == '-':
            j += 1
        if j < n and s[j] == '0':
            j += 1
        elif j < n and s[j] in digit and s[j] != '0':
            while j < n and s[j] in digit:
                j += 1
        else:
            return None
        whole_end = j
        exact = True
        if j + 1 < n and s[j] == '.' and s[j + 1] in digit:
            exact = False
            j += 2
            while j < n and s[j] in digit:
                j += 1
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and s[k] in digit:
                while k < n and s[k] in digit:
                    k += 1
                exact = False
                j = k
        text = s[i:j]
        if exact and whole_end == j:
            return as_int(text), j
        return as_float(text), j

    def value(s, i):
        if i >= len(s):
            raise StopIteration(i)
        ch = s[i]
        if ch == '"':
            return read_string(s, i + 1, strict)
        if ch == '{':
            return obj(s, i + 1)
        if ch == '[':
            return arr(s, i + 1)
        if ch == 'n' and s.startswith('null', i):
            return None, i + 4
        if ch == 't' and s.startswith('true', i):
            return True, i + 4
        if ch == 'f' and s.startswith('false', i):
            return False, i + 5
        got = number(s, i)
        if got is not None:
            return got
        if ch == 'N' and s.startswith('NaN', i):
            return as_constant('NaN'), i + 3
        if ch == 'I' and s.startswith('Infinity', i):
            return as_constant('Infinity'), i + 8
        if ch == '-' and s.startswith('-Infinity', i):
            return as_constant('-Infinity'), i + 9
        raise StopIteration(i)

    def arr(s, i):
        n = len(s)
        out = []
        while i < n and s[i] in blank:
            i += 1
        if i < n and s[i] == ']':
            return out, i + 1
        while True:
            try:
                item, i = value(s, i)
            except StopIteration as stop:
                raise JSONDecodeError('Expecting value', s, stop.value) from None
            out.append(item)
            while i < n and s[i] in blank:
                i += 1
            if i < n and s[i] == ']':
                return out, i + 1
            if i >= n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i += 1
            while i < n and s[i] in blank:
                i += 1

    def obj(s, i):
        n = len(s)
        pairs = []
        while i < n and s[i] in blank:
            i += 1
        if i < n and s[i] == '}':
            i += 1
        else:
            while True:
                if i >= n or s[i] != '"':
                    raise JSONDecodeError(
                        'Expecting property name enclosed in double quotes', s, i)
                key, i = read_string(s, i + 1, strict)
                key = memo.setdefault(key, key)
                while i < n and s[i] in blank:
                    i += 1
                if i >= n or s[i] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i += 1
                while i < n and s[i] in blank:
                    i += 1
                try:
                    val, i = value(s, i)
                except StopIteration as stop:
                    raise JSONDecodeError('Expecting value', s, stop.value) from None
                pairs.append((key, val))
                while i < n and s[i] in blank:
                    i += 1
                if i < n and s[i] == '}':
                    i += 1
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i += 1
                while i < n and s[i] in blank:
                    i += 1
        if pairs_hook is not None:
            return pairs_hook(pairs), i
        made = dict(pairs)
        if hook is not None:
            made = hook(made)
        return made, i

    def scan_once(s, idx):
        try:
            return value(s, idx)
        finally:
            memo.clear()

    return scan_once


py_make_scanner = make_scanner
