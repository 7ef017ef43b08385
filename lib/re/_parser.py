"""Pattern parser for the re module: turns pattern text into a syntax tree.

Nodes are tuples whose first item is one of the node codes below.  Flags
that change how a node matches (ignore case, dot-all, multi-line, ASCII)
are resolved while parsing, so the compiler never has to track them.
"""

# flag values (the same numbers CPython uses, so users can mix ints in)
F_TEMPLATE = 1
F_IGNORECASE = 2
F_LOCALE = 4
F_MULTILINE = 8
F_DOTALL = 16
F_UNICODE = 32
F_VERBOSE = 64
F_DEBUG = 128
F_ASCII = 256

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823
INF = MAXREPEAT

# node codes
N_CHAR = 1      # (N_CHAR, ch, icase, ascii)   one literal character
N_CLASS = 2     # (N_CLASS, charclass)         a character class object
N_ANY = 3       # (N_ANY, dotall)
N_AT = 4        # (N_AT, kind)
N_GROUP = 5     # (N_GROUP, index or None, node)
N_SEQ = 6       # (N_SEQ, [nodes])
N_ALT = 7       # (N_ALT, [nodes])
N_REPEAT = 8    # (N_REPEAT, lo, hi, mode, node)   mode: 0 greedy, 1 lazy, 2 possessive
N_ATOMIC = 9    # (N_ATOMIC, node)
N_LOOK = 10     # (N_LOOK, behind, negative, node)
N_BACKREF = 11  # (N_BACKREF, index, icase, width)
N_COND = 12     # (N_COND, index, yes, no)

# anchor kinds
AT_BEGIN = 1          # \A and ^ without MULTILINE
AT_BEGIN_LINE = 2     # ^ with MULTILINE
AT_END = 3            # $ without MULTILINE
AT_END_LINE = 4       # $ with MULTILINE
AT_END_STRING = 5     # \Z
AT_BOUNDARY = 6       # \b
AT_NON_BOUNDARY = 7   # \B
AT_BOUNDARY_ASCII = 8
AT_NON_BOUNDARY_ASCII = 9

GREEDY, LAZY, POSSESSIVE = 0, 1, 2

_WHITESPACE = ' \t\n\r\x0b\x0c'
_DIGITS = '0123456789'
_OCTDIGITS = '01234567'
_HEXDIGITS = '0123456789abcdefABCDEF'
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_SIMPLE_ESCAPES = {'a': '\a', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                   'v': '\v', '\\': '\\'}
_CATEGORIES = 'dDsSwW'
_FLAG_LETTERS = {'i': F_IGNORECASE, 'L': F_LOCALE, 'm': F_MULTILINE,
                 's': F_DOTALL, 'x': F_VERBOSE, 'a': F_ASCII, 'u': F_UNICODE}
_SCOPED_OFF = F_IGNORECASE | F_MULTILINE | F_DOTALL | F_VERBOSE
_TYPE_FLAGS = F_ASCII | F_LOCALE | F_UNICODE


class error(Exception):
    """Raised for an invalid regular expression or replacement template."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            text = pattern
            if not isinstance(text, str):
                text = ''.join(map(chr, pattern))
            self.lineno = text.count('\n', 0, pos) + 1
            self.colno = pos - text.rfind('\n', 0, pos)
            if '\n' in text:
                msg = '%s at position %d (line %d, column %d)' % (
                    msg, pos, self.lineno, self.colno)
            else:
                msg = '%s at position %d' % (msg, pos)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = 're'


# ---------------------------------------------------------------- characters

def lower1(c):
    """Single-character lower case mapping of c."""
    t = c.lower()
    if len(t) == 1:
        return t
    if c == '\u0130':
        return 'i'
    return c


def upper1(c):
    """Single-character upper case mapping of c."""
    t = c.upper()
    return t if len(t) == 1 else c


def fold1(c):
    """Canonical case-folded form of c: characters that match each other
    when ignoring case share it."""
    return lower1(upper1(c))


def fold_variants(c, ascii_only):
    """All single characters that match c when ignoring case."""
    if ascii_only:
        if c in _ASCII_LETTERS:
            return (c.lower(), c.upper())
        return (c,)
    lo = lower1(c)
    up = upper1(c)
    out = [c]
    for x in (lo, up, upper1(lo), lower1(up)):
        if x not in out:
            out.append(x)
    return tuple(out)


def _is_uni_word(c):
    return c.isalnum() or c == '_'


_ASCII_WORD = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_ASCII_DIGIT = frozenset('0123456789')
_ASCII_SPACE = frozenset(' \t\n\r\x0b\x0c')


def category_test(cat, ascii_only):
    """A function testing one character for a \\d \\s \\w (or negated) class."""
    neg = cat.isupper()
    kind = cat.lower()
    if ascii_only:
        table = {'d': _ASCII_DIGIT, 's': _ASCII_SPACE, 'w': _ASCII_WORD}[kind]
        if neg:
            return lambda c: c not in table
        return lambda c: c in table
    if kind == 'd':
        if neg:
            return lambda c: not c.isdecimal()
        return str.isdecimal
    if kind == 's':
        if neg:
            return lambda c: not c.isspace()
        return str.isspace
    if neg:
        return lambda c: not (c.isalnum() or c == '_')
    return _is_uni_word


class CharClass:
    """A set of characters: single chars, ranges and \\d-style categories."""

    __slots__ = ('negate', 'chars', 'ranges', 'cats', 'icase', 'ascii')

    def __init__(self, negate, chars, ranges, cats, icase, ascii_only):
        self.negate = negate
        self.chars = chars          # set of single characters
        self.ranges = ranges        # list of (lo_ord, hi_ord)
        self.cats = cats            # list of category letters
        self.icase = icase
        self.ascii = ascii_only
        if icase:
            extra = set()
            for c in chars:
                extra.update(fold_variants(c, ascii_only))
            chars.update(extra)

    def simple_set(self):
        """The exact frozenset of members, or None when that is not cheap."""
        if self.negate or self.cats or (self.icase and (self.ranges or not self.ascii)):
            return None
        out = set(self.chars)
        total = 0
        for lo, hi in self.ranges:
            total += hi - lo + 1
            if total > 256:
                return None
            for o in range(lo, hi + 1):
                out.add(chr(o))
        if self.icase:
            extra = set()
            for c in out:
                extra.update(fold_variants(c, True))
            out.update(extra)
        return frozenset(out)

    def tester(self):
        """A one-argument function: does this class match the character?"""
        chars = self.chars
        ranges = self.ranges
        tests = [category_test(cat, self.ascii) for cat in self.cats]
        negate = self.negate

        def raw(c):
            if c in chars:
                return True
            if ranges:
                o = ord(c)
                for lo, hi in ranges:
                    if lo <= o <= hi:
                        return True
            for t in tests:
                if t(c):
                    return True
            return False

        if self.icase:
            if self.ascii:
                def test(c):
                    if raw(c):
                        return not negate
                    if c in _ASCII_WORD:
                        if raw(c.lower()) or raw(c.upper()):
                            return not negate
                    return negate
            else:
                folds = set([fold1(m) for m in chars])

                def test(c):
                    if raw(c):
                        return not negate
                    f = fold1(c)
                    if f in folds or raw(f) or raw(lower1(c)) or raw(upper1(c)):
                        return not negate
                    return negate
            return test
        if negate:
            return lambda c: not raw(c)
        return raw


# ---------------------------------------------------------------- the parser

class Parser:
    """Recursive-descent parser for one pattern."""

    def __init__(self, text, orig, flags, is_bytes):
        self.src = text          # pattern as str (bytes decoded as latin-1)
        self.orig = orig         # the pattern object the user gave
        self.n = len(text)
        self.i = 0
        self.flags = flags
        self.is_bytes = is_bytes
        self.ngroups = 0
        self.names = {}
        self.open = set()
        self.cond_refs = []      # (group, pos) to check once all groups are known
        self.seen_item = False
        self.lookbehind_groups = None
        self.lookbehind_bad = False
        self.variable_lookbehind = False
        self.widths = {}

    def err(self, msg, pos):
        return error(msg, self.orig, pos)

    # -- entry point
    def parse(self):
        node = self.alternation(self.flags, 0)
        if self.i < self.n:
            # only a stray ')' can stop the top-level alternation
            raise self.err('unbalanced parenthesis', self.i)
        for g, pos in self.cond_refs:
            if g >= self.ngroups + 1:
                raise self.err('invalid group reference %d' % g, pos)
        if self.variable_lookbehind:
            raise error('look-behind requires fixed-width pattern')
        return node

    def skip_ws(self):
        src = self.src
        n = self.n
        i = self.i
        while i < n:
            c = src[i]
            if c in _WHITESPACE:
                i += 1
            elif c == '#':
                j = src.find('\n', i)
                i = n if j < 0 else j + 1
            else:
                break
        self.i = i

    def alternation(self, flags, depth):
        branches = [self.sequence(flags, depth)]
        while self.i < self.n and self.src[self.i] == '|':
            self.i += 1
            if depth == 0:
                # global flags seen in an earlier branch apply here too
                flags |= self.flags
            branches.append(self.sequence(flags, depth))
        if len(branches) == 1:
            return branches[0]
        return (N_ALT, branches)

    def sequence(self, flags, depth):
        items = []
        src = self.src
        n = self.n
        while True:
            if flags & F_VERBOSE:
                self.skip_ws()
            if self.i >= n:
                break
            c = src[self.i]
            if c == '|' or c == ')':
                break
            if c in '*+?' or (c == '{' and self.quantifier_ahead()):
                self.apply_quantifier(items, flags)
                continue
            start = self.i
            r = self.atom(flags, depth, items)
            if r is None:
                continue
            if r.__class__ is int:
                # global flags group: affects the rest of the pattern
                flags = r
                continue
            self.seen_item = True
            items.append(r)
        if len(items) == 1:
            return items[0]
        return (N_SEQ, items)

    def quantifier_ahead(self):
        """Is there a well-formed {m,n} quantifier at self.i?"""
        src = self.src
        j = self.i + 1
        n = self.n
        k = j
        while k < n and src[k] in _DIGITS:
            k += 1
        lo_digits = k > j
        hi_digits = False
        if k < n and src[k] == ',':
            k += 1
            m = k
            while k < n and src[k] in _DIGITS:
                k += 1
            hi_digits = k > m
            comma = True
        else:
            comma = False
        if k < n and src[k] == '}':
            return lo_digits or comma
        return False

    def apply_quantifier(self, items, flags):
        src = self.src
        qpos = self.i
        c = src[qpos]
        if c == '*':
            lo, hi = 0, INF
            self.i += 1
        elif c == '+':
            lo, hi = 1, INF
            self.i += 1
        elif c == '?':
            lo, hi = 0, 1
            self.i += 1
        else:
            j = self.i + 1
            k = j
            while src[k] in _DIGITS:
                k += 1
            lo_s = src[j:k]
            if src[k] == ',':
                k += 1
                m = k
                while src[k] in _DIGITS:
                    k += 1
                hi_s = src[m:k]
            else:
                hi_s = lo_s
            self.i = k + 1
            lo = int(lo_s) if lo_s else 0
            if lo >= MAXREPEAT:
                raise OverflowError('the repetition number is too large')
            if hi_s:
                hi = int(hi_s)
                if hi >= MAXREPEAT:
                    raise OverflowError('the repetition number is too large')
                if hi < lo:
                    raise self.err('min repeat greater than max repeat', j)
            else:
                hi = INF
        if not items:
            raise self.err('nothing to repeat', qpos)
        last = items[-1]
        if last[0] == N_AT:
            raise self.err('nothing to repeat', qpos)
        if last[0] == N_REPEAT:
            raise self.err('multiple repeat', qpos)
        mode = GREEDY
        if self.i < self.n:
            c = src[self.i]
            if c == '?':
                mode = LAZY
                self.i += 1
            elif c == '+':
                mode = POSSESSIVE
                self.i += 1
        items[-1] = (N_REPEAT, lo, hi, mode, last)

    # -- atoms
    def char_node(self, c, flags):
        if flags & F_IGNORECASE:
            ascii_only = bool(flags & F_ASCII) or self.is_bytes
            if ascii_only:
                cased = c in _ASCII_LETTERS
            else:
                cased = c.lower() != c or c.upper() != c
            if cased:
                return (N_CHAR, c, True, ascii_only)
        return (N_CHAR, c, False, False)

    def ascii_mode(self, flags):
        return self.is_bytes or bool(flags & F_ASCII)

    def atom(self, flags, depth, items):
        src = self.src
        c = src[self.i]
        if c == '(':
            return self.group(flags, depth, items)
        if c == '[':
            return self.char_class(flags)
        if c == '\\':
            return self.escape(flags)
        self.i += 1
        if c == '.':
            return (N_ANY, bool(flags & F_DOTALL))
        if c == '^':
            return (N_AT, AT_BEGIN_LINE if flags & F_MULTILINE else AT_BEGIN)
        if c == '$':
            return (N_AT, AT_END_LINE if flags & F_MULTILINE else AT_END)
        return self.char_node(c, flags)

    def read_hex(self, start, count, letter):
        src = self.src
        j = self.i
        k = j
        while k < self.n and k - j < count and src[k] in _HEXDIGITS:
            k += 1
        self.i = k
        if k - j < count:
            raise self.err('incomplete escape \\%s%s' % (letter, src[j:k]), start)
        return int(src[j:k], 16)

    def common_escape(self, c, start, in_class):
        """Escapes shared by patterns and classes; returns a char or None."""
        if c in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[c]
        if c == 'x':
            return chr(self.read_hex(start, 2, 'x'))
        if c == 'u' and not self.is_bytes:
            return chr(self.read_hex(start, 4, 'u'))
        if c == 'U' and not self.is_bytes:
            v = self.read_hex(start, 8, 'U')
            if v > 0x10FFFF:
                raise self.err('bad escape \\U%08x' % v, start)
            return chr(v)
        if c == 'N' and not self.is_bytes:
            src = self.src
            if self.i >= self.n or src[self.i] != '{':
                raise self.err('missing {', self.i)
            j = src.find('}', self.i + 1)
            if j < 0:
                raise self.err('missing }, unterminated name', self.i + 1)
            name = src[self.i + 1:j]
            if not name:
                raise self.err('missing character name', self.i + 1)
            self.i = j + 1
            try:
                import unicodedata
                return unicodedata.lookup(name)
            except (ImportError, KeyError, LookupError):
                raise self.err('undefined character name %r' % name, start) from None
        return None

    def escape(self, flags):
        src = self.src
        start = self.i
        self.i += 1
        if self.i >= self.n:
            raise self.err('bad escape (end of pattern)', start)
        c = src[self.i]
        self.i += 1
        if c in _CATEGORIES:
            return (N_CLASS, CharClass(False, set(), [], [c], False,
                                       self.ascii_mode(flags)))
        if c == 'A':
            return (N_AT, AT_BEGIN)
        if c == 'Z':
            return (N_AT, AT_END_STRING)
        if c == 'b':
            return (N_AT, AT_BOUNDARY_ASCII if self.ascii_mode(flags) else AT_BOUNDARY)
        if c == 'B':
            return (N_AT, AT_NON_BOUNDARY_ASCII if self.ascii_mode(flags)
                    else AT_NON_BOUNDARY)
        if c == '0':
            k = self.i
            while k < self.n and k - self.i < 2 and src[k] in _OCTDIGITS:
                k += 1
            v = int(src[start + 1:k], 8)
            self.i = k
            return self.char_node(chr(v), flags)
        if c in _DIGITS:
            # three octal digits make an octal escape, otherwise a group reference
            i = self.i
            if (c in _OCTDIGITS and i + 1 < self.n and src[i] in _OCTDIGITS
                    and src[i + 1] in _OCTDIGITS):
                v = int(src[start + 1:i + 2], 8)
                self.i = i + 2
                if v > 0o377:
                    raise self.err('octal escape value \\%s outside of range 0-0o377'
                                   % src[start + 1:i + 2], start)
                return self.char_node(chr(v), flags)
            if i < self.n and src[i] in _DIGITS:
                self.i = i + 1
            g = int(src[start + 1:self.i])
            return self.backref(g, start, start + 1, flags)
        r = self.common_escape(c, start, False)
        if r is not None:
            return self.char_node(r, flags)
        if c in _ASCII_LETTERS:
            raise self.err('bad escape \\%s' % c, start)
        return self.char_node(c, flags)

    def backref(self, g, start, numpos, flags):
        if g > self.ngroups:
            raise self.err('invalid group reference %d' % g, numpos)
        if g in self.open:
            raise self.err('cannot refer to an open group', start)
        if self.lookbehind_groups is not None and g >= self.lookbehind_groups:
            self.lookbehind_bad = True
        icase = 0
        if flags & F_IGNORECASE:
            icase = 2 if self.ascii_mode(flags) else 1
        return (N_BACKREF, g, icase, self.widths.get(g, (0, INF)))

    def class_item(self, flags):
        """One class member: returns (kind, value) with kind 'c' or 'cat'."""
        src = self.src
        start = self.i
        c = src[start]
        if c != '\\':
            self.i += 1
            return ('c', c)
        self.i += 1
        if self.i >= self.n:
            raise self.err('bad escape (end of pattern)', start)
        c = src[self.i]
        self.i += 1
        if c in _CATEGORIES:
            return ('cat', c)
        if c == 'b':
            return ('c', '\b')
        if c in _OCTDIGITS:
            k = self.i
            while k < self.n and k - self.i < 2 and src[k] in _OCTDIGITS:
                k += 1
            self.i = k
            v = int(src[start + 1:k], 8)
            if v > 0o377:
                raise self.err('octal escape value \\%s outside of range 0-0o377'
                               % src[start + 1:k], start)
            return ('c', chr(v))
        r = self.common_escape(c, start, True)
        if r is not None:
            return ('c', r)
        if c in _ASCII_LETTERS or c in _DIGITS:
            raise self.err('bad escape \\%s' % c, start)
        return ('c', c)

    def char_class(self, flags):
        src = self.src
        n = self.n
        start = self.i
        self.class_start = start
        self.i += 1
        negate = False
        if self.i < n and src[self.i] == '^':
            negate = True
            self.i += 1
        chars = set()
        ranges = []
        cats = []
        first = True
        while True:
            if self.i >= n:
                raise self.err('unterminated character set', start)
            c = src[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            item_start = self.i
            kind, val = self.class_item(flags)
            if self.i + 1 < n and src[self.i] == '-' and src[self.i + 1] != ']':
                self.i += 1
                kind2, val2 = self.class_item(flags)
                if kind == 'cat' or kind2 == 'cat':
                    raise self.err('bad character range %s' % src[item_start:self.i],
                                   item_start)
                lo = ord(val)
                hi = ord(val2)
                if hi < lo:
                    raise self.err('bad character range %s' % src[item_start:self.i],
                                   item_start)
                if lo == hi:
                    chars.add(val)
                else:
                    ranges.append((lo, hi))
            elif kind == 'cat':
                cats.append(val)
            else:
                chars.add(val)
        icase = bool(flags & F_IGNORECASE)
        ascii_only = self.ascii_mode(flags)
        if (not negate and not ranges and not cats and len(chars) == 1):
            return self.char_node(next(iter(chars)), flags)
        return (N_CLASS, CharClass(negate, chars, ranges, cats, icase, ascii_only))

    def read_name(self, terminator, missing_msg):
        src = self.src
        start = self.i
        j = src.find(terminator, start)
        if j < 0:
            raise self.err(missing_msg, start)
        name = src[start:j]
        if not name:
            raise self.err('missing group name', start)
        self.i = j + 1
        return name, start

    def check_name(self, name, pos):
        ok = name.isidentifier()
        if ok and self.is_bytes and not name.isascii():
            ok = False
        if not ok:
            shown = ascii(name) if self.is_bytes else repr(name)
            raise self.err('bad character in group name %s' % shown, pos)

    def group(self, flags, depth, items):
        src = self.src
        n = self.n
        start = self.i
        self.i += 1
        name = None
        if self.i < n and src[self.i] == '?':
            self.i += 1
            if self.i >= n:
                raise self.err('unexpected end of pattern', self.i)
            c = src[self.i]
            self.i += 1
            if c == 'P':
                if self.i >= n:
                    raise self.err('unexpected end of pattern', self.i)
                c = src[self.i]
                self.i += 1
                if c == '<':
                    name, npos = self.read_name('>', 'missing >, unterminated name')
                    self.check_name(name, npos)
                    if name in self.names:
                        raise self.err('redefinition of group name %r as group %d; '
                                       'was group %d' % (name, self.ngroups + 1,
                                                         self.names[name]), npos)
                    return self.capture(flags, depth, start, name)
                if c == '=':
                    name, npos = self.read_name(')', 'missing ), unterminated name')
                    self.check_name(name, npos)
                    g = self.names.get(name)
                    if g is None:
                        raise self.err('unknown group name %r' % name, npos)
                    if g in self.open:
                        raise self.err('cannot refer to an open group', npos)
                    return self.backref(g, start, npos, flags)
                raise self.err('unknown extension ?P%s' % c, start + 1)
            if c == ':':
                body = self.group_body(flags, depth, start)
                return (N_GROUP, None, body)
            if c == '#':
                j = self.i
                while True:
                    if j >= n:
                        raise self.err('missing ), unterminated comment', start)
                    c = src[j]
                    if c == ')':
                        break
                    j += 2 if c == '\\' else 1
                self.i = j + 1
                return None
            if c == '=' or c == '!':
                body = self.group_body(flags, depth, start)
                return (N_LOOK, False, c == '!', body)
            if c == '<':
                if self.i >= n:
                    raise self.err('unexpected end of pattern', self.i)
                c = src[self.i]
                self.i += 1
                if c != '=' and c != '!':
                    raise self.err('unknown extension ?<%s' % c, start + 1)
                saved = self.lookbehind_groups
                if saved is None:
                    self.lookbehind_groups = self.ngroups + 1
                body = self.group_body(flags, depth, start)
                self.lookbehind_groups = saved
                if self.lookbehind_bad:
                    raise self.err('cannot refer to group defined in the same '
                                   'lookbehind subpattern', self.i - 1)
                lo, hi = width(body)
                if lo != hi:
                    # reported once the whole pattern has parsed, as CPython does
                    self.variable_lookbehind = True
                return (N_LOOK, True, c == '!', body)
            if c == '>':
                body = self.group_body(flags, depth, start)
                return (N_ATOMIC, body)
            if c == '(':
                return self.conditional(flags, depth, start)
            if c in _FLAG_LETTERS or c == '-':
                self.i -= 1
                return self.flag_group(flags, depth, start, items)
            raise self.err('unknown extension ?%s' % c, start + 1)
        return self.capture(flags, depth, start, None)

    def capture(self, flags, depth, start, name):
        self.ngroups += 1
        g = self.ngroups
        if name is not None:
            self.names[name] = g
        self.open.add(g)
        body = self.group_body(flags, depth, start)
        self.open.discard(g)
        self.widths[g] = width(body)
        return (N_GROUP, g, body)

    def group_body(self, flags, depth, start):
        self.seen_item = True
        body = self.alternation(flags, depth + 1)
        if self.i >= self.n or self.src[self.i] != ')':
            raise self.err('missing ), unterminated subpattern', start)
        self.i += 1
        return body

    def conditional(self, flags, depth, start):
        name, npos = self.read_name(')', 'missing ), unterminated name')
        if name.isdigit() and name.isascii():
            g = int(name)
            if g == 0:
                raise self.err('bad group number', npos)
            if g >= MAXGROUPS:
                raise self.err('invalid group reference %d' % g, npos)
            self.cond_refs.append((g, npos))
        else:
            self.check_name(name, npos)
            g = self.names.get(name)
            if g is None:
                raise self.err('unknown group name %r' % name, npos)
        self.seen_item = True
        yes = self.sequence(flags, depth + 1)
        no = None
        if self.i < self.n and self.src[self.i] == '|':
            self.i += 1
            no = self.sequence(flags, depth + 1)
            if self.i < self.n and self.src[self.i] == '|':
                raise self.err('conditional backref with more than two branches', self.i)
        if self.i >= self.n or self.src[self.i] != ')':
            raise self.err('missing ), unterminated subpattern', start)
        self.i += 1
        return (N_COND, g, yes, no)

    def flag_group(self, flags, depth, start, items):
        src = self.src
        n = self.n
        add = 0
        remove = 0
        while True:
            if self.i >= n:
                raise self.err('missing -, : or )', self.i)
            c = src[self.i]
            if c in _FLAG_LETTERS:
                f = _FLAG_LETTERS[c]
                if self.is_bytes and c == 'u':
                    raise self.err("bad inline flags: cannot use 'u' flag with a bytes "
                                   "pattern", self.i + 1)
                if not self.is_bytes and c == 'L':
                    raise self.err("bad inline flags: cannot use 'L' flag with a str "
                                   "pattern", self.i + 1)
                add |= f
                self.i += 1
                if f & _TYPE_FLAGS and (add & _TYPE_FLAGS) != f:
                    raise self.err("bad inline flags: flags 'a', 'u' and 'L' are "
                                   "incompatible", self.i)
                continue
            break
        if c == ')':
            self.i += 1
            if depth > 0 or self.seen_item:
                raise self.err('global flags not at the start of the expression', start)
            self.flags |= add
            return flags | add
        if c == '-':
            self.i += 1
            if self.i >= n:
                raise self.err('missing flag', self.i)
            c = src[self.i]
            if c not in _FLAG_LETTERS:
                if c.isalpha():
                    raise self.err('unknown flag', self.i)
                raise self.err('missing flag', self.i)
            while True:
                if self.i >= n:
                    raise self.err('missing :', self.i)
                c = src[self.i]
                if c in _FLAG_LETTERS:
                    f = _FLAG_LETTERS[c]
                    if f & _TYPE_FLAGS:
                        raise self.err("bad inline flags: cannot turn off flags 'a', 'u' "
                                       "and 'L'", self.i + 1)
                    remove |= f
                    self.i += 1
                    continue
                break
            if c != ':':
                if c.isalpha():
                    raise self.err('unknown flag', self.i)
                raise self.err('missing :', self.i)
        elif c != ':':
            if c.isalpha():
                raise self.err('unknown flag', self.i)
            raise self.err('missing -, : or )', self.i)
        if add & remove:
            raise self.err('bad inline flags: flag turned on and off', self.i)
        self.i += 1
        new = (flags | add) & ~remove
        if add & _TYPE_FLAGS:
            new = (new & ~_TYPE_FLAGS) | (add & _TYPE_FLAGS)
        body = self.group_body(new, depth, start)
        return (N_GROUP, None, body)


def width(node):
    """(min, max) number of characters a node can match; max may be INF."""
    k = node[0]
    if k == N_CHAR or k == N_CLASS or k == N_ANY:
        return 1, 1
    if k == N_AT or k == N_LOOK:
        return 0, 0
    if k == N_GROUP:
        return width(node[2])
    if k == N_ATOMIC:
        return width(node[1])
    if k == N_SEQ:
        lo = hi = 0
        for item in node[1]:
            a, b = width(item)
            lo += a
            hi += b
        return min(lo, INF), min(hi, INF)
    if k == N_ALT:
        los = []
        his = []
        for item in node[1]:
            a, b = width(item)
            los.append(a)
            his.append(b)
        return min(los), max(his)
    if k == N_REPEAT:
        a, b = width(node[4])
        return min(a * node[1], INF), min(b * node[2], INF)
    if k == N_COND:
        a, b = width(node[2])
        if node[3] is None:
            c, d = 0, 0
        else:
            c, d = width(node[3])
        return min(a, c), max(b, d)
    if k == N_BACKREF:
        return node[3]
    return 0, INF


def parse(text, orig, flags, is_bytes):
    """Parse a pattern; returns (tree, global_flags, ngroups, names)."""
    p = Parser(text, orig, flags, is_bytes)
    tree = p.parse()
    return tree, p.flags, p.ngroups, p.names
