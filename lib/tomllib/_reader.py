"""TOML reader: a hand-written scanner over the whole document string."""

from datetime import date as _date, datetime as _datetime
from datetime import time as _time, timedelta as _timedelta
from datetime import timezone as _timezone


class TOMLDecodeError(ValueError):
    """Raised for a document that is not valid TOML."""


_CONTROL = frozenset(chr(c) for c in range(32)) | frozenset("\x7f")
_BAD_IN_LINE = _CONTROL - frozenset("\t")             # one-line strings, comments
_BAD_IN_BLOCK = _CONTROL - frozenset("\t\n")          # multi-line strings
_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                  "0123456789-_")
_KEY_START = _BARE | frozenset("\"'")
_DIGITS = frozenset("0123456789")
_HEX = frozenset("0123456789abcdefABCDEF")
_OCT = frozenset("01234567")
_BIN = frozenset("01")
_RADIX = {"x": (_HEX, 16), "o": (_OCT, 8), "b": (_BIN, 2)}
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r",
            '"': '"', "\\": "\\"}
_SPECIAL_FLOATS = ("inf", "nan", "+inf", "-inf", "+nan", "-nan")
_ZONES = {}


def _where(src, pos):
    if pos >= len(src):
        return "end of document"
    line = src.count("\n", 0, pos) + 1
    if line == 1:
        col = pos + 1
    else:
        col = pos - src.rindex("\n", 0, pos)
    return f"line {line}, column {col}"


def _two(src, i, hi_first, hi_second):
    """Two ASCII digits at i forming a number <= limits given as first-digit
    ceiling and the second-digit ceiling used when the first is maximal.
    Returns the value or -1."""
    a = src[i:i + 1]
    b = src[i + 1:i + 2]
    if not a or not b or a not in _DIGITS or b not in _DIGITS:
        return -1
    if a > hi_first or (a == hi_first and b > hi_second):
        return -1
    return int(a + b)


def _zone(sign, hours, minutes):
    key = (sign, hours, minutes)
    tz = _ZONES.get(key)
    if tz is None:
        delta = _timedelta(hours=hours, minutes=minutes)
        tz = _timezone(-delta if sign == "-" else delta)
        _ZONES[key] = tz
    return tz


class _Marks:
    """Per-path flags: 'explicit' (table already opened by a header or by a
    dotted key) and 'frozen' (inline table or array; covers descendants)."""

    __slots__ = ("root",)

    def __init__(self):
        self.root = {}

    def _find(self, path):
        level = self.root
        node = None
        for part in path:
            node = level.get(part)
            if node is None:
                return None
            level = node[2]
        return node

    def _make(self, path):
        level = self.root
        node = None
        for part in path:
            node = level.get(part)
            if node is None:
                node = [False, False, {}]
                level[part] = node
            level = node[2]
        return node

    def explicit(self, path):
        node = self._find(path)
        return node is not None and node[0]

    def frozen(self, path):
        level = self.root
        for part in path:
            node = level.get(part)
            if node is None:
                return False
            if node[1]:
                return True
            level = node[2]
        return False

    def set_explicit(self, path):
        self._make(path)[0] = True

    def set_frozen(self, path):
        self._make(path)[1] = True

    def clear(self, path):
        owner = self._find(path[:-1]) if len(path) > 1 else None
        level = self.root if len(path) == 1 else (owner[2] if owner else None)
        if level is not None:
            level.pop(path[-1], None)


def _descend(root, path, into_arrays):
    """Walk/create nested tables along path; KeyError if a non-table blocks."""
    cur = root
    for part in path:
        if part not in cur:
            cur[part] = {}
        cur = cur[part]
        if into_arrays and type(cur) is list:
            cur = cur[-1]
        if type(cur) is not dict:
            raise KeyError(part)
    return cur


class _Reader:
    __slots__ = ("src", "n", "pos", "parse_float", "data", "marks",
                 "pending", "table")

    def __init__(self, src, parse_float):
        self.src = src
        self.n = len(src)
        self.pos = 0
        self.parse_float = parse_float
        self.data = {}
        self.marks = _Marks()
        self.pending = []
        self.table = ()

    def fail(self, msg, pos=None):
        if pos is None:
            pos = self.pos
        return TOMLDecodeError(f"{msg} (at {_where(self.src, pos)})")

    # -- low level ------------------------------------------------------------

    def skip_blanks(self):
        src = self.src
        n = self.n
        i = self.pos
        while i < n and (src[i] == " " or src[i] == "\t"):
            i += 1
        self.pos = i

    def check_clean(self, start, end, bad, msg_kind):
        """Raise if src[start:end] holds a character from bad."""
        src = self.src
        if bad.isdisjoint(src[start:end]):
            return
        i = start
        while src[i] not in bad:
            i += 1
        if msg_kind:
            raise self.fail(f"Found invalid character {src[i]!r}", i)
        raise self.fail(f"Illegal character {src[i]!r}", i)

    def skip_comment(self):
        if self.pos < self.n and self.src[self.pos] == "#":
            start = self.pos + 1
            end = self.src.find("\n", start)
            if end < 0:
                end = self.n
            self.check_clean(start, end, _BAD_IN_LINE, True)
            self.pos = end

    def skip_array_filler(self):
        src = self.src
        n = self.n
        while True:
            i = self.pos
            while i < n and src[i] in " \t\n":
                i += 1
            self.pos = i
            self.skip_comment()
            if self.pos == i:
                return

    # -- document ---------------------------------------------------------------

    def run(self):
        src = self.src
        n = self.n
        while True:
            self.skip_blanks()
            if self.pos >= n:
                break
            ch = src[self.pos]
            if ch == "\n":
                self.pos += 1
                continue
            if ch in _KEY_START:
                self.statement_pair()
            elif ch == "[":
                if src.startswith("[[", self.pos):
                    self.array_header()
                else:
                    self.table_header()
            elif ch != "#":
                raise self.fail("Invalid statement")
            self.skip_blanks()
            self.skip_comment()
            if self.pos >= n:
                break
            if src[self.pos] != "\n":
                raise self.fail(
                    "Expected newline or end of document after a statement")
            self.pos += 1
        return self.data

    def flush_pending(self):
        marks = self.marks
        for path in self.pending:
            marks.set_explicit(path)
        self.pending = []

    def table_header(self):
        self.pos += 1
        self.skip_blanks()
        path = self.key()
        self.flush_pending()
        if self.marks.explicit(path) or self.marks.frozen(path):
            raise self.fail(f"Cannot declare {path} twice")
        self.marks.set_explicit(path)
        try:
            _descend(self.data, path, True)
        except KeyError:
            raise self.fail("Cannot overwrite a value") from None
        if not self.src.startswith("]", self.pos):
            raise self.fail("Expected ']' at the end of a table declaration")
        self.pos += 1
        self.table = path

    def array_header(self):
        self.pos += 2
        self.skip_blanks()
        path = self.key()
        self.flush_pending()
        if self.marks.frozen(path):
            raise self.fail(f"Cannot mutate immutable namespace {path}")
        self.marks.clear(path)
        self.marks.set_explicit(path)
        try:
            parent = _descend(self.data, path[:-1], True)
            last = path[-1]
            if last in parent:
                seq = parent[last]
                if type(seq) is not list:
                    raise KeyError(last)
                seq.append({})
            else:
                parent[last] = [{}]
        except KeyError:
            raise self.fail("Cannot overwrite a value") from None
        if not self.src.startswith("]]", self.pos):
            raise self.fail("Expected ']]' at the end of an array declaration")
        self.pos += 2
        self.table = path

    def statement_pair(self):
        key, value = self.pair()
        table = self.table
        marks = self.marks
        for i in range(1, len(key)):
            sub = table + key[:i]
            if marks.explicit(sub):
                raise self.fail(f"Cannot redefine namespace {sub}")
            self.pending.append(sub)
        parent = table + key[:-1]
        if marks.frozen(parent):
            raise self.fail(f"Cannot mutate immutable namespace {parent}")
        try:
            target = _descend(self.data, parent, True)
        except KeyError:
            raise self.fail("Cannot overwrite a value") from None
        last = key[-1]
        if last in target:
            raise self.fail("Cannot overwrite a value")
        if type(value) is dict or type(value) is list:
            marks.set_frozen(table + key)
        target[last] = value

    # -- keys -------------------------------------------------------------------

    def key(self):
        parts = [self.key_part()]
        self.skip_blanks()
        src = self.src
        while self.pos < self.n and src[self.pos] == ".":
            self.pos += 1
            self.skip_blanks()
            parts.append(self.key_part())
            self.skip_blanks()
        return tuple(parts)

    def key_part(self):
        src = self.src
        i = self.pos
        ch = src[i:i + 1]
        if ch and ch in _BARE:
            n = self.n
            j = i + 1
            while j < n and src[j] in _BARE:
                j += 1
            self.pos = j
            return src[i:j]
        if ch == "'":
            return self.literal_string()
        if ch == '"':
            return self.basic_string(False)
        raise self.fail("Invalid initial character for a key part")

    def pair(self):
        key = self.key()
        if not self.src.startswith("=", self.pos):
            raise self.fail("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip_blanks()
        return key, self.value()

    # -- values -----------------------------------------------------------------

    def value(self):
        src = self.src
        i = self.pos
        ch = src[i:i + 1]
        if ch == '"':
            if src.startswith('"""', i):
                return self.block_basic_string()
            return self.basic_string(False)
        if ch == "'":
            if src.startswith("'''", i):
                return self.block_literal_string()
            return self.literal_string()
        if ch == "t":
            if src.startswith("true", i):
                self.pos = i + 4
                return True
        elif ch == "f":
            if src.startswith("false", i):
                self.pos = i + 5
                return False
        elif ch == "[":
            return self.array()
        elif ch == "{":
            return self.inline_table()
        if ch and ch in _DIGITS:
            found = self.date_or_datetime()
            if found is not None:
                return found
            found = self.local_time()
            if found is not None:
                return found
        found = self.number()
        if found is not None:
            return found
        for word in _SPECIAL_FLOATS:
            if src.startswith(word, i):
                self.pos = i + len(word)
                return self.parse_float(word)
        raise self.fail("Invalid value")

    def digit_run(self, i, allowed):
        """End of a run of digits from allowed with single underscores
        between digits, starting at i; -1 if src[i] is not such a digit."""
        src = self.src
        n = self.n
        if i >= n or src[i] not in allowed:
            return -1
        i += 1
        while i < n:
            ch = src[i]
            if ch in allowed:
                i += 1
            elif ch == "_" and i + 1 < n and src[i + 1] in allowed:
                i += 2
            else:
                break
        return i

    def number(self):
        src = self.src
        start = self.pos
        if src.startswith("0", start):
            radix = _RADIX.get(src[start + 1:start + 2])
            if radix is not None:
                end = self.digit_run(start + 2, radix[0])
                if end > 0:
                    self.pos = end
                    return int(src[start + 2:end].replace("_", ""), radix[1])
        i = start
        if src[i:i + 1] in ("+", "-") and i < self.n:
            i += 1
        ch = src[i:i + 1]
        if ch == "0":
            i += 1
        elif ch and ch in "123456789":
            i = self.digit_run(i, _DIGITS)
        else:
            return None
        int_end = i
        if src.startswith(".", i):
            end = self.digit_run(i + 1, _DIGITS)
            if end > 0:
                i = end
        if src[i:i + 1] in ("e", "E") and i < self.n:
            j = i + 1
            if src[j:j + 1] in ("+", "-") and j < self.n:
                j += 1
            end = self.digit_run(j, _DIGITS)
            if end > 0:
                i = end
        self.pos = i
        text = src[start:i]
        if i == int_end:
            return int(text.replace("_", ""))
        return self.parse_float(text)

    def clock(self, i):
        """Parse HH:MM:SS[.frac] at i; return (h, m, s, micro, end) or None."""
        src = self.src
        hour = _two(src, i, "2", "3")
        if hour < 0 or src[i + 2:i + 3] != ":":
            return None
        minute = _two(src, i + 3, "5", "9")
        if minute < 0 or src[i + 5:i + 6] != ":":
            return None
        second = _two(src, i + 6, "5", "9")
        if second < 0:
            return None
        end = i + 8
        micro = 0
        if src.startswith(".", end):
            stop = end + 1
            n = self.n
            while stop < n and src[stop] in _DIGITS:
                stop += 1
            if stop > end + 1:
                frac = src[end + 1:min(stop, end + 7)]
                micro = int(frac.ljust(6, "0"))
                end = stop
        return hour, minute, second, micro, end

    def date_or_datetime(self):
        src = self.src
        i = self.pos
        year = src[i:i + 4]
        if len(year) != 4 or not _DIGITS.issuperset(year):
            return None
        if src[i + 4:i + 5] != "-" or src[i + 7:i + 8] != "-":
            return None
        month = _two(src, i + 5, "1", "2")
        if month < 1:
            return None
        day = _two(src, i + 8, "3", "1")
        if day < 1:
            return None
        end = i + 10
        clock = None
        zone = None
        if src[end:end + 1] in ("T", "t", " ") and end < self.n:
            clock = self.clock(end + 1)
        if clock is not None:
            end = clock[4]
            mark = src[end:end + 1]
            if mark in ("Z", "z") and mark:
                zone = _timezone.utc
                end += 1
            elif mark in ("+", "-") and mark:
                oh = _two(src, end + 1, "2", "3")
                om = _two(src, end + 4, "5", "9")
                if oh >= 0 and om >= 0 and src[end + 3:end + 4] == ":":
                    zone = _zone(mark, oh, om)
                    end += 6
        try:
            if clock is None:
                result = _date(int(year), month, day)
            else:
                result = _datetime(int(year), month, day, clock[0], clock[1],
                                   clock[2], clock[3], tzinfo=zone)
        except ValueError:
            raise self.fail("Invalid date or datetime") from None
        self.pos = end
        return result

    def local_time(self):
        clock = self.clock(self.pos)
        if clock is None:
            return None
        self.pos = clock[4]
        return _time(clock[0], clock[1], clock[2], clock[3])

    # -- strings ----------------------------------------------------------------

    def literal_string(self):
        src = self.src
        start = self.pos + 1
        end = src.find("'", start)
        if end < 0:
            raise self.fail("Expected \"'\"", self.n)
        self.check_clean(start, end, _BAD_IN_LINE, True)
        self.pos = end + 1
        return src[start:end]

    def _close_block(self, end, quote):
        """Closing delimiter found at end; up to two more quotes belong to
        the string. Returns the extra text and sets pos past it."""
        src = self.src
        end += 3
        extra = ""
        if src.startswith(quote, end):
            if src.startswith(quote, end + 1):
                extra = quote + quote
                end += 2
            else:
                extra = quote
                end += 1
        self.pos = end
        return extra

    def block_literal_string(self):
        src = self.src
        start = self.pos + 3
        if src.startswith("\n", start):
            start += 1
        end = src.find("'''", start)
        if end < 0:
            raise self.fail("Expected \"'''\"", self.n)
        self.check_clean(start, end, _BAD_IN_BLOCK, True)
        return src[start:end] + self._close_block(end, "'")

    def block_basic_string(self):
        start = self.pos + 3
        if self.src.startswith("\n", start):
            start += 1
        self.pos = start
        return self.basic_string(True)

    def basic_string(self, block):
        """Parse a basic string whose body starts at pos (single-line: pos is
        at the opening quote)."""
        src = self.src
        n = self.n
        bad = _BAD_IN_BLOCK if block else _BAD_IN_LINE
        i = self.pos if block else self.pos + 1
        pieces = []
        while True:
            q = src.find('"', i)
            b = src.find("\\", i)
            stop = q if (b < 0 or (0 <= q < b)) else b
            if stop < 0:
                self.check_clean(i, n, bad, False)
                raise self.fail("Unterminated string", n)
            self.check_clean(i, stop, bad, False)
            pieces.append(src[i:stop])
            if stop == q:
                if not block:
                    self.pos = q + 1
                    return "".join(pieces)
                if src.startswith('"""', q):
                    pieces.append(self._close_block(q, '"'))
                    return "".join(pieces)
                pieces.append('"')
                i = q + 1
                continue
            i = self.escape(stop, block, pieces)

    def escape(self, at, block, pieces):
        """Decode the escape starting with the backslash at index at."""
        src = self.src
        kind = src[at + 1:at + 2]
        i = at + 2
        if block and kind in (" ", "\t", "\n"):
            n = self.n
            if kind != "\n":
                while i < n and src[i] in " \t":
                    i += 1
                if i >= n:
                    return i
                if src[i] != "\n":
                    raise self.fail("Unescaped '\\' in a string", i)
                i += 1
            while i < n and src[i] in " \t\n":
                i += 1
            return i
        if kind == "u" or kind == "U":
            width = 4 if kind == "u" else 8
            digits = src[i:i + width]
            if len(digits) != width or not _HEX.issuperset(digits):
                raise self.fail("Invalid hex value", i)
            i += width
            code = int(digits, 16)
            if not (code <= 0xD7FF or 0xE000 <= code <= 0x10FFFF):
                raise self.fail(
                    "Escaped character is not a Unicode scalar value", i)
            pieces.append(chr(code))
            return i
        text = _ESCAPES.get(kind) if kind else None
        if text is None:
            raise self.fail("Unescaped '\\' in a string", i)
        pieces.append(text)
        return i

    # -- containers -----------------------------------------------------------

    def array(self):
        self.pos += 1
        items = []
        src = self.src
        self.skip_array_filler()
        if src.startswith("]", self.pos):
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip_array_filler()
            ch = src[self.pos:self.pos + 1]
            if ch == "]":
                self.pos += 1
                return items
            if ch != ",":
                raise self.fail("Unclosed array")
            self.pos += 1
            self.skip_array_filler()
            if src.startswith("]", self.pos):
                self.pos += 1
                return items

    def inline_table(self):
        self.pos += 1
        table = {}
        marks = _Marks()
        src = self.src
        self.skip_blanks()
        if src.startswith("}", self.pos):
            self.pos += 1
            return table
        while True:
            key, value = self.pair()
            if marks.frozen(key):
                raise self.fail(f"Cannot mutate immutable namespace {key}")
            try:
                target = _descend(table, key[:-1], False)
            except KeyError:
                raise self.fail("Cannot overwrite a value") from None
            last = key[-1]
            if last in target:
                raise self.fail(f"Duplicate inline table key {last!r}")
            target[last] = value
            self.skip_blanks()
            ch = src[self.pos:self.pos + 1]
            if ch == "}":
                self.pos += 1
                return table
            if ch != ",":
                raise self.fail("Unclosed inline table")
            if type(value) is dict or type(value) is list:
                marks.set_frozen(key)
            self.pos += 1
            self.skip_blanks()


def _checked_float(parse_float):
    if parse_float is float:
        return float

    def convert(text):
        result = parse_float(text)
        if isinstance(result, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return result
    return convert


def loads(s, /, *, parse_float=float):
    """Parse a TOML document given as a str."""
    src = s.replace("\r\n", "\n")
    return _Reader(src, _checked_float(parse_float)).run()


def load(fp, /, *, parse_float=float):
    """Parse a TOML document from a file opened in binary mode."""
    raw = fp.read()
    try:
        text = raw.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use "
                        "`open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)
