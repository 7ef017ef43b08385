"""Lexical scanner for Python source code.

generate_tokens(readline) tokenizes str lines; tokenize(readline) works on
bytes, detecting the source encoding first.  Both yield TokenInfo tuples
(type, string, start, end, line) following the Python 3.12 grammar,
including COMMENT and NL tokens and PEP 701 f-string tokens.
"""

import builtins as _builtins
import collections as _collections
import sys as _sys

import token as _token_mod
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = _token_mod.__all__ + ["tokenize", "generate_tokens",
                                "detect_encoding", "untokenize", "TokenInfo"]

_BOM = b'\xef\xbb\xbf'
tabsize = 8


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


class TokenInfo(_collections.namedtuple('TokenInfo', 'type string start end line')):
    """One token: its type, text, (row, col) start and end, and source line."""

    def __repr__(self):
        kind = '%d (%s)' % (self.type, tok_name[self.type])
        return 'TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' % (
            kind, self.string, self.start, self.end, self.line)

    @property
    def exact_type(self):
        if self.type == OP:
            return EXACT_TOKEN_TYPES.get(self.string, OP)
        return self.type


# ---------------------------------------------------------------- scanner

_ASCII_IDENT = frozenset('abcdefghijklmnopqrstuvwxyz'
                         'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_DIGITS = frozenset('0123456789')
_HEX = frozenset('0123456789abcdefABCDEF')
_STRING_PREFIXES = frozenset(('', 'r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf'))
_THREE_CHAR_OPS = frozenset(('**=', '...', '//=', '<<=', '>>='))
_TWO_CHAR_OPS = frozenset(op for op in EXACT_TOKEN_TYPES if len(op) == 2) | {'<>'}
_OPENERS = frozenset('([{')
_CLOSERS = frozenset(')]}')


def _ident_char(c):
    return c in _ASCII_IDENT or c >= '\x80'


class _FString:
    __slots__ = ('quote', 'raw', 'fields', 'start')

    def __init__(self, quote, raw, start):
        self.quote = quote
        self.raw = raw
        self.fields = []      # open replacement fields: [depth, in_spec]
        self.start = start


class _Tokenizer:
    """Turns the lines returned by readline into TokenInfo tuples."""

    def __init__(self, readline):
        self.readline = readline
        self.lines = []
        self.row = 0
        self.line = ''
        self.eof = False
        self.in_fstring = False
        self.buf_row = 1

    def advance(self):
        """Read the next physical line; returns '' at the end of input."""
        if self.eof:
            return ''
        try:
            line = self.readline()
        except StopIteration:
            line = ''
        if not line:
            self.eof = True
            self.line = ''
            return ''
        if not isinstance(line, str):
            raise TypeError('readline() returned a non-string object')
        self.lines.append(line)
        self.row += 1
        self.line = line
        return line

    def make(self, kind, text, start, end):
        if start[0] == end[0]:
            src = self.lines[start[0] - 1] if start[0] <= len(self.lines) else ''
        else:
            src = ''.join(self.lines[start[0] - 1:end[0]])
            if not src.isascii():
                # CPython measures the end column of a multi-line token in
                # bytes of its last line, then converts it against the
                # token's first line
                nbytes = len(self.lines[end[0] - 1][:end[1]].encode('utf-8', 'surrogatepass'))
                head = src.encode('utf-8', 'surrogatepass')[:nbytes]
                end = (end[0], len(head.decode('utf-8', 'replace')))
        return TokenInfo(kind, text, start, end, src)

    def buffer_col(self, in_bytes=True):
        """Byte length of the lines joined since the current logical
        buffer began (the column CPython reports for some errors)."""
        total = 0
        for text in self.lines[self.buf_row - 1:self.row]:
            total += len(text.encode('utf-8', 'surrogatepass')) if in_bytes else len(text)
        if not self.lines or not self.lines[-1].endswith('\n'):
            total += 1
        return total

    def error(self, message, row, col):
        raise TokenError(message, (row, col))

    def indent_error(self, cls, message):
        text = self.line.rstrip('\r\n')
        raise cls(message, ('<string>', self.row, len(text) + 1, text, None, None))

    # ------------------------------------------------------------ main loop

    def tokens(self):
        indents = [0]
        alt_indents = [0]
        depth = 0
        fstack = []
        make = self.make
        line = ''
        pos = 0
        n = 0
        need_line = True
        at_line_start = True     # start of a logical line
        has_tokens = False       # current logical line produced tokens
        while True:
            if need_line:
                line = self.advance()
                if not line:
                    break
                if not fstack:
                    self.buf_row = self.row
                pos = 0
                n = len(line)
                need_line = False
                if at_line_start and depth == 0 and not fstack:
                    col = alt = 0
                    cont = 0
                    p = 0
                    while True:
                        while p < n:
                            c = line[p]
                            if c == ' ':
                                col += 1
                                alt += 1
                            elif c == '\t':
                                col = (col // tabsize + 1) * tabsize
                                alt += 1
                            elif c == '\f':
                                col = alt = 0
                            else:
                                break
                            p += 1
                        if p < n and line[p] == '\\' and line[p + 1:] in ('\n', '\r\n', ''):
                            # backslash continuation inside the indentation:
                            # the column where the first one appears counts
                            if not cont:
                                cont = col
                            nxt = self.advance() if line[p + 1:] else ''
                            if not nxt:
                                self.error('unexpected EOF in multi-line statement', self.row, 0)
                            line = nxt
                            n = len(line)
                            p = 0
                            self.buf_row = self.row
                            continue
                        break
                    if cont:
                        col = alt = cont
                    c = line[p] if p < n else ''
                    if c in ('#', '\n', '\r', ''):
                        pos = p
                    elif c == '\\':
                        self.error('unexpected character after line continuation character',
                                   self.row, self.buffer_col(False))
                        pos = p
                    else:
                        at_line_start = False
                        if col > indents[-1]:
                            if alt <= alt_indents[-1]:
                                self.indent_error(TabError, 'inconsistent use of tabs and spaces in indentation')
                            indents.append(col)
                            alt_indents.append(alt)
                            yield make(INDENT, line[:p], (self.row, 0), (self.row, p))
                        elif col < indents[-1]:
                            count = 0
                            while col < indents[-1]:
                                indents.pop()
                                alt_indents.pop()
                                count += 1
                            if col != indents[-1]:
                                self.indent_error(IndentationError, 'unindent does not match any outer indentation level')
                            if alt != alt_indents[-1]:
                                self.indent_error(TabError, 'inconsistent use of tabs and spaces in indentation')
                            for _ in range(count):
                                yield make(DEDENT, '', (self.row, p), (self.row, p))
                        elif alt != alt_indents[-1]:
                            self.indent_error(TabError, 'inconsistent use of tabs and spaces in indentation')
                        pos = p
            row = self.row
            # ---------------------------------------- f-string literal text
            if fstack:
                fs = fstack[-1]
                if not fs.fields or fs.fields[-1][1]:
                    in_spec = bool(fs.fields)
                    result = yield from self.fstring_text(fs, in_spec, pos)
                    pos, action = result
                    line = self.line
                    n = len(line)
                    row = self.row
                    if action == 'end':
                        fstack.pop()
                        has_tokens = True
                        if fs.fields and fstack and fstack[-1].fields:
                            # fields left open by the inner f-string keep
                            # their brackets counted
                            fstack[-1].fields[-1][0] += len(fs.fields)
                    elif action == 'open':
                        depth += 1
                        fs.fields.append([depth, False])
                    elif action == 'close':
                        depth -= 1
                        fs.fields.pop()
                    elif action == 'endspec':
                        fs.fields[-1][1] = False
                    continue
            if pos >= n:
                # last line without a newline character
                kind = NEWLINE if (has_tokens and depth == 0) else NL
                yield make(kind, '', (row, n), (row, n + 1))
                if kind == NEWLINE:
                    has_tokens = False
                at_line_start = depth == 0
                need_line = True
                continue
            c = line[pos]
            if c == ' ' or c == '\t' or c == '\f':
                pos += 1
                continue
            if c == '#':
                end = n
                while end > pos and line[end - 1] in '\r\n':
                    end -= 1
                yield make(COMMENT, line[pos:end], (row, pos), (row, end))
                pos = end
                continue
            if c == '\n' or c == '\r':
                if has_tokens and depth == 0:
                    yield make(NEWLINE, line[pos:], (row, pos), (row, n))
                    has_tokens = False
                else:
                    yield make(NL, line[pos:], (row, pos), (row, n))
                at_line_start = depth == 0
                need_line = True
                continue
            if c == '\\':
                rest = line[pos + 1:]
                if rest == '':
                    if self.buf_row == row and not line[:pos].strip(' \t\f'):
                        self.error('unexpected EOF in multi-line statement', row, 0)
                    self.error('unexpected EOF in multi-line statement', row, self.buffer_col())
                if rest == '\n' or rest == '\r\n':
                    fresh = self.buf_row == row and not line[:pos].strip(' \t\f')
                    nxt = self.advance()
                    if not nxt:
                        if self.buf_row == row and not line[:pos].strip(' \t\f'):
                            col = 0
                        else:
                            col = self.buffer_col()
                        self.error('unexpected EOF in multi-line statement', row, col)
                    if fresh:
                        self.buf_row = self.row
                    line = nxt
                    n = len(line)
                    pos = 0
                    continue
                self.error('unexpected character after line continuation character', row,
                           self.buffer_col(False))
            has_tokens = True
            if c in _DIGITS or (c == '.' and pos + 1 < n and line[pos + 1] in _DIGITS):
                end = self.number(line, pos, n)
                yield make(NUMBER, line[pos:end], (row, pos), (row, end))
                pos = end
                continue
            if _ident_char(c):
                end = pos + 1
                while end < n and _ident_char(line[end]):
                    end += 1
                word = line[pos:end]
                if end < n and line[end] in '\'"' and word.lower() in _STRING_PREFIXES:
                    if 'f' in word or 'F' in word:
                        q = line[end]
                        quote = q * 3 if line.startswith(q * 3, end) else q
                        qend = end + len(quote)
                        yield make(FSTRING_START, line[pos:qend], (row, pos), (row, qend))
                        fstack.append(_FString(quote, 'r' in word or 'R' in word, (row, pos)))
                        pos = qend
                        continue
                    self.in_fstring = bool(fstack) and line.startswith(fstack[-1].quote, end) and (
                        len(fstack[-1].quote) == 3 or not line.startswith(fstack[-1].quote * 3, end))
                    result = yield from self.string(pos, end)
                    pos = result
                    line = self.line
                    n = len(line)
                    continue
                yield make(NAME, word, (row, pos), (row, end))
                pos = end
                continue
            if c == '"' or c == "'":
                self.in_fstring = bool(fstack) and line.startswith(fstack[-1].quote, pos) and (
                    len(fstack[-1].quote) == 3 or not line.startswith(fstack[-1].quote * 3, pos))
                result = yield from self.string(pos, pos)
                pos = result
                line = self.line
                n = len(line)
                continue
            # operators, with the f-string field punctuation first
            if fstack and fstack[-1].fields:
                field = fstack[-1].fields[-1]
                if c == '}' and depth < field[0]:
                    self.error("f-string: single '}' is not allowed", row, pos + 1)
                if depth == field[0]:
                    if c == '}':
                        yield make(OP, '}', (row, pos), (row, pos + 1))
                        depth -= 1
                        fstack[-1].fields.pop()
                        pos += 1
                        continue
                    if c == ':':
                        yield make(OP, ':', (row, pos), (row, pos + 1))
                        field[1] = True
                        pos += 1
                        continue
            op = line[pos:pos + 3]
            if op not in _THREE_CHAR_OPS:
                op = op[:2]
                if op not in _TWO_CHAR_OPS:
                    op = c
                    if c < ' ' or c == '\x7f':
                        self.error('invalid non-printable character U+%04X' % ord(c), row, pos + 1)
            if c in _OPENERS:
                depth += 1
            elif c in _CLOSERS and depth > 0:
                depth -= 1
            yield make(OP, op, (row, pos), (row, pos + len(op)))
            pos += len(op)
        # ---------------------------------------------------- end of input
        last = self.row
        if depth > 0:
            self.error('unexpected EOF in multi-line statement', last,
                       self.buffer_col() if fstack else 0)
        for _ in range(len(indents) - 1):
            yield TokenInfo(DEDENT, '', (last + 1, 0), (last + 1, 0), '')
        yield TokenInfo(ENDMARKER, '', (last + 1, 0), (last + 1, 0), '')

    # ------------------------------------------------------------ literals

    def number(self, s, pos, n):
        """Return the end of the number literal starting at s[pos]."""
        c = s[pos]
        row = self.row
        if c == '0' and pos + 1 < n and s[pos + 1] in 'xXoObB':
            kind = s[pos + 1].lower()
            if kind == 'x':
                digits, name = _HEX, 'hexadecimal'
            elif kind == 'o':
                digits, name = frozenset('01234567'), 'octal'
            else:
                digits, name = frozenset('01'), 'binary'
            k = pos + 2
            seen = False
            while True:
                if k < n and s[k] == '_':
                    k += 1
                    if not (k < n and s[k] in digits):
                        if k < n and s[k] in _DIGITS and name != 'hexadecimal':
                            self.error("invalid digit '%s' in %s literal" % (s[k], name), row, k + 1)
                        self.error('invalid %s literal' % name, row, k)
                if k < n and s[k] in digits:
                    seen = True
                    k += 1
                    while k < n and s[k] in digits:
                        k += 1
                    continue
                break
            if not seen:
                if k < n and s[k] in _DIGITS and name != 'hexadecimal':
                    self.error("invalid digit '%s' in %s literal" % (s[k], name), row, k + 1)
                self.error('invalid %s literal' % name, row, pos + 2)
            if k < n and s[k] in _DIGITS and name != 'hexadecimal':
                self.error("invalid digit '%s' in %s literal" % (s[k], name), row, k + 1)
            return k
        k = pos
        if c != '.':
            k = self.digit_run(s, k, n)
            if k < n and s[k] == '.':
                k += 1
                if k < n and s[k] in _DIGITS:
                    k = self.digit_run(s, k, n)
        else:
            k = self.digit_run(s, k + 1, n)
        if k < n and s[k] in 'eE':
            e = k + 1
            if e < n and s[e] in '+-':
                if e + 1 < n and s[e + 1] in _DIGITS:
                    k = self.digit_run(s, e + 1, n)
                else:
                    self.error('invalid decimal literal', row, e + 1)
            elif e < n and s[e] in _DIGITS:
                k = self.digit_run(s, e, n)
            else:
                return k
        if k < n and s[k] in 'jJ':
            k += 1
        return k

    def digit_run(self, s, k, n):
        while k < n and s[k] in _DIGITS:
            k += 1
            if k < n and s[k] == '_':
                if k + 1 < n and s[k + 1] in _DIGITS:
                    k += 1
                else:
                    self.error('invalid decimal literal', self.row, k + 1)
        return k

    def string(self, start, qpos):
        """Scan a (non f-) string whose prefix starts at `start` and whose
        quote is at `qpos`; yields the STRING token, returns the end."""
        line = self.line
        first_row = self.row
        q = line[qpos]
        triple = line.startswith(q * 3, qpos)
        k = qpos + (3 if triple else 1)
        while True:
            n = len(line)
            while k < n:
                c = line[k]
                if c == '\\':
                    k += 3 if line.startswith('\r\n', k + 1) else 2
                    continue
                if c == q:
                    if not triple:
                        k += 1
                        return (yield from self.emit_string(start, first_row, k))
                    if line.startswith(q * 3, k):
                        k += 3
                        return (yield from self.emit_string(start, first_row, k))
                elif (c == '\n' or c == '\r') and not triple:
                    self.unterminated(first_row, start)
                k += 1
            if not triple and not (line.endswith('\\\n') or line.endswith('\\\r\n')):
                self.unterminated(first_row, start)
            nxt = self.advance()
            if not nxt:
                if triple and not self.in_fstring:
                    self.error('EOF in multi-line string', first_row, start + 1)
                self.unterminated(first_row, start)
            line = nxt
            k = 0

    def unterminated(self, first_row, start):
        if self.in_fstring:
            self.error("f-string: expecting '}'", first_row, start + 1)
        self.error('unterminated string literal (detected at line %d)' % self.row,
                   first_row, start + 1)

    def emit_string(self, start, first_row, end):
        if first_row == self.row:
            text = self.line[start:end]
        else:
            parts = self.lines[first_row - 1:self.row]
            text = parts[0][start:] + ''.join(parts[1:-1]) + parts[-1][:end]
        yield self.make(STRING, text, (first_row, start), (self.row, end))
        return end

    def fstring_text(self, fs, in_spec, pos):
        """Scan literal text of an f-string (or of a format spec) from pos.
        Yields FSTRING_MIDDLE/FSTRING_END/brace tokens and returns
        (new position, action)."""
        line = self.line
        n = len(line)
        quote = fs.quote
        triple = len(quote) == 3
        buf = []
        start = (self.row, pos)
        make = self.make
        while True:
            if pos >= n:
                if in_spec and not line.endswith('\n'):
                    yield make(FSTRING_MIDDLE, ''.join(buf), start, (self.row, pos))
                    yield make(NL, '', (self.row, n), (self.row, n + 1))
                    self.error('unexpected EOF in multi-line statement', self.row, self.buffer_col())
                if not triple and not in_spec and not (buf and buf[-1][-1:] == '\n' and buf[-1][:1] == '\\'):
                    self.error('unterminated f-string literal (detected at line %d)' % self.row,
                               fs.start[0], fs.start[1] + 1)
                nxt = self.advance()
                if not nxt:
                    if triple:
                        self.error('unterminated triple-quoted f-string literal (detected at line %d)'
                                   % self.row, fs.start[0], fs.start[1] + 1)
                    self.error('unterminated f-string literal (detected at line %d)' % self.row,
                               fs.start[0], fs.start[1] + 1)
                line = nxt
                n = len(line)
                pos = 0
                continue
            c = line[pos]
            row = self.row
            if c == quote[0] and line.startswith(quote, pos):
                if buf:
                    yield make(FSTRING_MIDDLE, ''.join(buf), start, (row, pos))
                end = pos + len(quote)
                yield make(FSTRING_END, quote, (row, pos), (row, end))
                return end, 'end'
            if c == '{':
                if not in_spec and line[pos + 1:pos + 2] == '{':
                    buf.append('{')
                    yield make(FSTRING_MIDDLE, ''.join(buf), start, (row, pos + 1))
                    buf = []
                    pos += 2
                    start = (row, pos)
                    continue
                if buf or (in_spec and line[pos + 1:pos + 2] == '{'):
                    yield make(FSTRING_MIDDLE, ''.join(buf), start, (row, pos))
                yield make(OP, '{', (row, pos), (row, pos + 1))
                return pos + 1, 'open'
            if c == '}':
                if not in_spec and line[pos + 1:pos + 2] == '}':
                    buf.append('}')
                    yield make(FSTRING_MIDDLE, ''.join(buf), start, (row, pos + 1))
                    buf = []
                    pos += 2
                    start = (row, pos)
                    continue
                yield make(FSTRING_MIDDLE, ''.join(buf), start, (row, pos))
                if not in_spec:
                    self.error("f-string: single '}' is not allowed", row, pos + 1)
                yield make(OP, '}', (row, pos), (row, pos + 1))
                return pos + 1, 'close'
            if c == '\\':
                nxt = line[pos + 1:pos + 2]
                if fs.raw:
                    if nxt == '\r' and line[pos + 2:pos + 3] == '\n':
                        buf.append(line[pos:pos + 3])
                        pos += 3
                    elif nxt == quote[0] or nxt == '\\' or nxt == '\n':
                        buf.append(line[pos:pos + 2])
                        pos += 2
                    else:
                        buf.append('\\')
                        pos += 1
                    continue
                if nxt == 'N' and line[pos + 2:pos + 3] == '{':
                    close = line.find('}', pos + 3)
                    if close >= 0:
                        buf.append(line[pos:close + 1])
                        pos = close + 1
                        yield make(FSTRING_MIDDLE, ''.join(buf), start, (row, pos))
                        buf = []
                        start = (row, pos)
                        continue
                if nxt == '{' or nxt == '}' or nxt == '':
                    buf.append('\\')
                    pos += 1
                    continue
                if nxt == '\r' and line[pos + 2:pos + 3] == '\n':
                    buf.append(line[pos:pos + 3])
                    pos += 3
                    continue
                buf.append(line[pos:pos + 2])
                pos += 2
                continue
            if (c == '\n' or c == '\r') and not triple:
                if in_spec:
                    # a newline ends the format spec of a one-line f-string
                    yield make(FSTRING_MIDDLE, ''.join(buf), start, (row, pos))
                    return pos, 'endspec'
                self.error('unterminated f-string literal (detected at line %d)' % self.row,
                           fs.start[0], fs.start[1] + 1)
            buf.append(c)
            pos += 1


def _generate(readline):
    return _Tokenizer(readline).tokens()


def generate_tokens(readline):
    """Tokenize source read as str lines from readline (no ENCODING token)."""
    return _generate(readline)


# ---------------------------------------------------------------- encoding

def _normalize_encoding(name):
    enc = name[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    for alias in ('latin-1', 'iso-8859-1', 'iso-latin-1'):
        if enc == alias or enc.startswith(alias + '-'):
            return 'iso-8859-1'
    return name


def _find_cookie_name(text):
    """The encoding named by a coding cookie comment in text, or None."""
    k = 0
    n = len(text)
    while k < n and text[k] in ' \t\f':
        k += 1
    if k >= n or text[k] != '#':
        return None
    at = text.find('coding', k)
    while at >= 0:
        p = at + 6
        if p < n and text[p] in ':=':
            p += 1
            while p < n and text[p] in ' \t':
                p += 1
            e = p
            while e < n and (text[e] in _ASCII_IDENT or text[e] in '-.'):
                e += 1
            if e > p:
                return text[p:e]
        at = text.find('coding', at + 1)
    return None


def _encoding_failure(what, filename, detail=None):
    text = what if filename is None else '%s for %r' % (what, filename)
    if detail is not None:
        text = '%s: %s' % (text, detail)
    return SyntaxError(text)


def detect_encoding(readline):
    """Read up to two lines from a bytes readline and return the source
    encoding with the lines consumed."""
    import codecs
    filename = getattr(getattr(readline, '__self__', None), 'name', None)
    state = {'bom': False}

    def read():
        try:
            return readline()
        except StopIteration:
            return b''

    def cookie_of(raw):
        try:
            text = raw.decode('utf-8')
        except UnicodeDecodeError:
            raise _encoding_failure('invalid or missing encoding declaration', filename)
        name = _find_cookie_name(text)
        if name is None:
            return None
        found = _normalize_encoding(name)
        try:
            codecs.lookup(found)
        except LookupError:
            raise _encoding_failure('unknown encoding', filename, found)
        if state['bom']:
            if found != 'utf-8':
                raise _encoding_failure('encoding problem', filename, 'utf-8')
            found = 'utf-8-sig'
        return found

    consumed = []
    head = read()
    if head.startswith(_BOM):
        state['bom'] = True
        head = head[3:]
    fallback = 'utf-8-sig' if state['bom'] else 'utf-8'
    if not head:
        return fallback, consumed
    consumed.append(head)
    found = cookie_of(head)
    if found is not None or not _blank_line(head):
        return found or fallback, consumed
    nxt = read()
    if nxt:
        consumed.append(nxt)
        found = cookie_of(nxt)
    return found or fallback, consumed


def _blank_line(line):
    stripped = line.lstrip(b' \t\f')
    return stripped[:1] in (b'', b'#', b'\r', b'\n')


def tokenize(readline):
    """Tokenize bytes from readline; the first token is ENCODING."""
    encoding, consumed = detect_encoding(readline)
    pending = list(consumed)

    def text_lines():
        while pending:
            yield pending.pop(0)
        while True:
            try:
                data = readline()
            except StopIteration:
                return
            if not data:
                return
            yield data

    feed = text_lines()
    if encoding == 'utf-8-sig':
        encoding = 'utf-8'
    decoder_name = encoding

    def decoded():
        for data in feed:
            return data.decode(decoder_name)
        return ''

    yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    yield from _generate(decoded)


def open(filename):
    """Open a source file in read-only text mode with its detected encoding."""
    import io
    buffer = _builtins.open(filename, 'rb')
    try:
        encoding, lines = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = io.TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except:
        buffer.close()
        raise


# ---------------------------------------------------------------- untokenize

def _double_braces(text):
    return text.replace('{', '{{').replace('}', '}}')


class Untokenizer:
    """Rebuild source text from a token stream."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if (row, col) < (self.prev_row, self.prev_col):
            raise ValueError('start ({},{}) precedes previous end ({},{})'.format(
                row, col, self.prev_row, self.prev_col))
        skipped = row - self.prev_row
        if skipped:
            # the rows in between can only be bridged by continuations
            self.tokens.append('\\\n' * skipped)
            self.prev_col = 0
        gap = col - self.prev_col
        if gap > 0:
            self.tokens.append(' ' * gap)

    def untokenize(self, iterable):
        source = iter(iterable)
        emit = self.tokens.append
        levels = []
        fresh_line = False
        line_ends = (NEWLINE, NL)
        for item in source:
            if len(item) == 2:
                self.compat(item, source)
                break
            kind, text, begin, finish, _ = item
            if kind == ENCODING:
                self.encoding = text
            elif kind == ENDMARKER:
                break
            elif kind == INDENT:
                levels.append(text)
            elif kind == DEDENT:
                levels.pop()
                self.prev_row, self.prev_col = finish
            else:
                if kind in line_ends:
                    fresh_line = True
                elif fresh_line and levels:
                    margin = levels[-1]
                    if len(margin) <= begin[1]:
                        emit(margin)
                        self.prev_col = len(margin)
                    fresh_line = False
                elif kind == FSTRING_MIDDLE and ('{' in text or '}' in text):
                    braces = text.count('{') + text.count('}')
                    finish = (finish[0], finish[1] + braces)
                    text = _double_braces(text)
                self.add_whitespace(begin)
                emit(text)
                if kind in line_ends:
                    self.prev_row, self.prev_col = finish[0] + 1, 0
                else:
                    self.prev_row, self.prev_col = finish
        return ''.join(self.tokens)

    def compat(self, token, iterable):
        emit = self.tokens.append
        levels = []
        fresh_line = token[0] in (NEWLINE, NL)
        after_string = False
        pending = [token]
        for item in _chain(pending, iterable):
            kind, text = item[0], item[1]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == NAME or kind == NUMBER:
                text = text + ' '
            if kind == STRING:
                if after_string:
                    text = ' ' + text
                after_string = True
            else:
                after_string = False
            if kind == INDENT:
                levels.append(text)
            elif kind == DEDENT:
                levels.pop()
            else:
                if kind == NEWLINE or kind == NL:
                    fresh_line = True
                elif fresh_line and levels:
                    emit(levels[-1])
                    fresh_line = False
                elif kind == FSTRING_MIDDLE:
                    text = _double_braces(text)
                emit(text)


def _chain(first, rest):
    yield from first
    yield from rest


def untokenize(iterable):
    """Turn tokens back into source: 5-tuples reproduce the layout, 2-tuples
    give equivalent code.  Returns bytes when an ENCODING token was seen."""
    builder = Untokenizer()
    text = builder.untokenize(iterable)
    return text if builder.encoding is None else text.encode(builder.encoding)


# ---------------------------------------------------------------- command line

def _report(message, filename=None, location=None):
    if location:
        text = '%s:%d:%d: error: %s' % (filename, location[0], location[1], message)
    elif filename:
        text = '%s: error: %s' % (filename, message)
    else:
        text = 'error: %s' % (message,)
    _sys.stderr.write(text + '\n')
    _sys.exit(1)


_CLI_HELP = {
    'file': 'the file to tokenize; defaults to stdin',
    'exact': 'display token names using the exact type',
}


def main():
    import argparse
    cli = argparse.ArgumentParser(prog='python -m tokenize')
    cli.add_argument(dest='filename', nargs='?', metavar='filename.py',
                     help=_CLI_HELP['file'])
    cli.add_argument('-e', '--exact', dest='exact', action='store_true',
                     help=_CLI_HELP['exact'])
    options = cli.parse_args()
    name = options.filename or '<stdin>'
    try:
        if options.filename:
            with _builtins.open(options.filename, 'rb') as stream:
                found = list(tokenize(stream.readline))
        else:
            found = list(_generate(_sys.stdin.readline))
        for tok in found:
            shown = tok.exact_type if options.exact else tok.type
            span = '%d,%d-%d,%d:' % (tok.start[0], tok.start[1], tok.end[0], tok.end[1])
            print('%-20s%-15s%-15r' % (span, tok_name[shown], tok.string))
    except IndentationError as exc:
        _report(exc.args[0], name, tuple(exc.args[1][1:3]))
    except TokenError as exc:
        _report(exc.args[0], name, tuple(exc.args[1]))
    except SyntaxError as exc:
        _report(exc, name)
    except OSError as exc:
        _report(exc)
    except KeyboardInterrupt:
        print('interrupted\n')
    except Exception as exc:
        _sys.stderr.write('unexpected error: %s\n' % (exc,))
        raise


if __name__ == '__main__':
    main()
