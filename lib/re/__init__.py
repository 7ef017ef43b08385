"""Regular expression operations with the semantics of CPython 3.12's re
module, implemented in pure Python on a backtracking matcher.

Submodules: re._parser (pattern syntax to tree) and re._engine (tree to
instructions, and the matcher itself).
"""

from ._parser import (
    error, parse as _parse, F_TEMPLATE, F_IGNORECASE, F_LOCALE, F_MULTILINE,
    F_DOTALL, F_UNICODE, F_VERBOSE, F_DEBUG, F_ASCII, MAXREPEAT,
)
from . import _engine

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall",
    "finditer", "compile", "purge", "escape", "error", "Pattern", "Match",
    "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE",
    "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807

# ---------------------------------------------------------------- flags

_FLAG_ORDER = (
    ('ASCII', F_ASCII), ('IGNORECASE', F_IGNORECASE), ('LOCALE', F_LOCALE),
    ('UNICODE', F_UNICODE), ('MULTILINE', F_MULTILINE), ('DOTALL', F_DOTALL),
    ('VERBOSE', F_VERBOSE), ('TEMPLATE', F_TEMPLATE), ('DEBUG', F_DEBUG),
)
_ALL_FLAGS = 0
for _n, _v in _FLAG_ORDER:
    _ALL_FLAGS |= _v


def _flag_names(value):
    parts = []
    rest = value
    for name, bit in _FLAG_ORDER:
        if value & bit:
            parts.append('re.' + name)
            rest &= ~bit
    if rest:
        parts.append(hex(rest))
    return '|'.join(parts)


class RegexFlag(int):
    """Flags for compile(); members combine with |, & and ^."""

    __slots__ = ()

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        if v < 0:
            return '%s(%d)' % (type(self).__name__, v)
        return _flag_names(v)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(int(self), spec)

    def __hash__(self):
        return hash(int(self))

    def __eq__(self, other):
        if isinstance(other, int):
            return int(self) == int(other)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, int):
            return int(self) != int(other)
        return NotImplemented

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return 'NOFLAG'
        names = [n for n, b in _FLAG_ORDER if v & b]
        return '|'.join(names) if names else None

    @property
    def value(self):
        return int(self)

    def __reduce__(self):
        return (RegexFlag, (int(self),))


RegexFlag.__module__ = 're'
NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(F_ASCII)
IGNORECASE = I = RegexFlag(F_IGNORECASE)
LOCALE = L = RegexFlag(F_LOCALE)
UNICODE = U = RegexFlag(F_UNICODE)
MULTILINE = M = RegexFlag(F_MULTILINE)
DOTALL = S = RegexFlag(F_DOTALL)
VERBOSE = X = RegexFlag(F_VERBOSE)
TEMPLATE = T = RegexFlag(F_TEMPLATE)
DEBUG = RegexFlag(F_DEBUG)
for _n, _v in _FLAG_ORDER + (('NOFLAG', 0),):
    setattr(RegexFlag, _n, RegexFlag(_v))
for _n, _v in (('A', F_ASCII), ('I', F_IGNORECASE), ('L', F_LOCALE),
               ('U', F_UNICODE), ('M', F_MULTILINE), ('S', F_DOTALL),
               ('X', F_VERBOSE), ('T', F_TEMPLATE)):
    setattr(RegexFlag, _n, RegexFlag(_v))
del _n, _v


# ---------------------------------------------------------------- helpers

def _latin1(data):
    """bytes-like -> str with one code point per byte."""
    return ''.join(map(chr, data))


def _to_bytes(text):
    return bytes(map(ord, text))


def _mappingproxy(d):
    try:
        import types
        return types.MappingProxyType(d)
    except Exception:
        return d


def _type_name(obj):
    return type(obj).__name__


# ---------------------------------------------------------------- Pattern

class Pattern:
    """A compiled regular expression."""
    __tp_name__ = 're.Pattern'   # the C type's name CPython shows in messages

    __slots__ = ('pattern', 'flags', 'groups', 'groupindex', '_prog', '_bytes',
                 '_index_names', '_repl_cache', '__weakref__')

    def __init__(self, pattern, flags, groups, names, prog, is_bytes):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self.groupindex = _mappingproxy(dict(names))
        self._prog = prog
        self._bytes = is_bytes
        self._index_names = {v: k for k, v in names.items()}
        self._repl_cache = {}

    def __repr__(self):
        flags = self.flags
        if not self._bytes and not flags & F_ASCII:
            flags &= ~F_UNICODE
        pat = repr(self.pattern)
        if len(pat) > 200:
            pat = pat[:200]
        if flags:
            return 're.compile(%s, %s)' % (pat, _flag_names(flags))
        return 're.compile(%s)' % pat

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and self._bytes == other._bytes)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls

    def __reduce__(self):
        return (compile, (self.pattern, self.flags))

    # -- subject handling
    def _text(self, string):
        if self._bytes:
            if isinstance(string, str):
                raise TypeError('cannot use a bytes pattern on a string-like object')
            if isinstance(string, (bytes, bytearray)):
                return _latin1(string)
            try:
                return _latin1(bytes(string))
            except TypeError:
                raise TypeError('expected string or bytes-like object, got %r'
                                % _type_name(string)) from None
        if isinstance(string, str):
            return string
        if isinstance(string, (bytes, bytearray)):
            raise TypeError('cannot use a string pattern on a bytes-like object')
        raise TypeError('expected string or bytes-like object, got %r'
                        % _type_name(string))

    @staticmethod
    def _bounds(n, pos, endpos):
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        return pos, endpos

    def _run(self, string, pos, endpos, how):
        text = self._text(string)
        pos, endpos = self._bounds(len(text), pos, endpos)
        if endpos < pos:
            return None
        text = _engine.subject(text)
        if how == 0:
            regs = _engine.run(self._prog, text, pos, endpos, False, False)
        elif how == 1:
            regs = _engine.run(self._prog, text, pos, endpos, True, False)
        else:
            regs = _engine.search(self._prog, text, pos, endpos, False)
        if regs is None:
            return None
        return Match(self, string, pos, endpos, regs)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Match at the start of string (or at pos)."""
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Match the whole of string (or of string[pos:endpos])."""
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Find the first place where the pattern matches."""
        return self._run(string, pos, endpos, 2)

    def _iter(self, text, pos, endpos):
        prog = self._prog
        noempty = False
        search = _engine.search
        text = _engine.subject(text)
        while pos <= endpos:
            regs = search(prog, text, pos, endpos, noempty)
            if regs is None:
                return
            yield regs
            noempty = regs[0] == regs[1]
            pos = regs[1]

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """An iterator of Match objects over all non-overlapping matches."""
        text = self._text(string)
        pos, endpos = self._bounds(len(text), pos, endpos)
        return self._finditer(string, text, pos, endpos)

    def _finditer(self, string, text, pos, endpos):
        for regs in self._iter(text, pos, endpos):
            yield Match(self, string, pos, endpos, regs)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """A list of all non-overlapping matches (or of their groups)."""
        text = self._text(string)
        pos, endpos = self._bounds(len(text), pos, endpos)
        out = []
        groups = self.groups
        empty = b'' if self._bytes else ''
        for regs in self._iter(text, pos, endpos):
            if groups == 0:
                out.append(string[regs[0]:regs[1]])
            elif groups == 1:
                a = regs[2]
                b = regs[3]
                out.append(string[a:b] if a >= 0 and b >= 0 else empty)
            else:
                item = []
                for g in range(1, groups + 1):
                    a = regs[2 * g]
                    b = regs[2 * g + 1]
                    item.append(string[a:b] if a >= 0 and b >= 0 else empty)
                out.append(tuple(item))
        if self._bytes and not isinstance(string, bytes):
            out = [_fix_bytes(x) for x in out]
        return out

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of the pattern."""
        text = self._text(string)
        out = []
        if maxsplit < 0:
            return [string[:] if not isinstance(string, str) else string]
        last = 0
        n = 0
        groups = self.groups
        for regs in self._iter(text, 0, len(text)):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:regs[0]])
            for g in range(1, groups + 1):
                a = regs[2 * g]
                b = regs[2 * g + 1]
                out.append(string[a:b] if a >= 0 and b >= 0 else None)
            last = regs[1]
            n += 1
        out.append(string[last:])
        if self._bytes and not isinstance(string, bytes):
            out = [_fix_bytes(x) for x in out]
        return out

    def _template(self, repl):
        t = self._repl_cache.get(repl)
        if t is None:
            t = _compile_template(self, repl)
            if len(self._repl_cache) > 100:
                self._repl_cache.clear()
            self._repl_cache[repl] = t
        return t

    def _subx(self, repl, string, count):
        text = self._text(string)
        is_bytes = self._bytes
        if callable(repl):
            template = None
        else:
            if is_bytes:
                if isinstance(repl, str):
                    raise TypeError('sequence item 0: expected a bytes-like object, '
                                    'str found')
                if not isinstance(repl, (bytes, bytearray)):
                    raise TypeError('decoding to str: need a bytes-like object, %s found'
                                    % _type_name(repl))
            elif not isinstance(repl, str):
                if isinstance(repl, (bytes, bytearray)):
                    raise TypeError('sequence item 0: expected str instance, %s found'
                                    % _type_name(repl))
                raise TypeError('decoding to str: need a bytes-like object, %s found'
                                % _type_name(repl))
            template = self._template(repl)
        # bytes are handled as latin-1 text throughout and converted at the end
        src = text if is_bytes else string
        pieces = []
        last = 0
        n = 0
        for regs in self._iter(text, 0, len(text)):
            if count and n >= count:
                break
            pieces.append(src[last:regs[0]])
            if template is None:
                r = repl(Match(self, string, 0, len(text), regs))
                if r is not None:
                    if is_bytes:
                        r = _latin1(r)
                    pieces.append(r)
            elif template.__class__ is not list:
                pieces.append(template)
            else:
                pieces.append(_expand(template, src, regs))
            last = regs[1]
            n += 1
        pieces.append(src[last:])
        result = ''.join(pieces)
        if is_bytes:
            result = _to_bytes(result)
        return result, n

    def sub(self, repl, string, count=0):
        """Replace matches with repl (a template string or a function)."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Like sub, but also return the number of replacements made."""
        return self._subx(repl, string, count)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _PatternScanner(self, string, pos, endpos)


def _fix_bytes(x):
    if x is None or isinstance(x, bytes):
        return x
    if isinstance(x, tuple):
        return tuple([_fix_bytes(y) for y in x])
    return bytes(x)


class _PatternScanner:
    """Step through matches one match()/search() call at a time."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._text = _engine.subject(pattern._text(string))
        self._pos, self._end = Pattern._bounds(len(self._text), pos, endpos)
        self._noempty = False

    def _step(self, anchored):
        if self._pos > self._end:
            return None
        p = self.pattern
        if anchored:
            regs = _engine.run(p._prog, self._text, self._pos, self._end, False,
                               self._noempty)
        else:
            regs = _engine.search(p._prog, self._text, self._pos, self._end,
                                  self._noempty)
        if regs is None:
            self._pos = self._end + 1
            return None
        self._noempty = regs[0] == regs[1]
        self._pos = regs[1]
        return Match(p, self._string, 0, self._end, regs)

    def match(self):
        return self._step(True)

    def search(self):
        return self._step(False)


# ---------------------------------------------------------------- Match

class Match:
    """The result of a successful match."""
    __tp_name__ = 're.Match'   # the C type's name CPython shows in messages

    __slots__ = ('re', 'string', 'pos', 'endpos', '_regs')

    def __init__(self, pattern, string, pos, endpos, regs):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._regs = regs

    def _index(self, g):
        if g.__class__ is int:
            if 0 <= g <= self.re.groups:
                return g
            raise IndexError('no such group')
        if isinstance(g, str):
            idx = self.re.groupindex.get(g)
            if idx is not None:
                return idx
            raise IndexError('no such group')
        try:
            idx = g.__index__()
        except (AttributeError, TypeError):
            raise IndexError('no such group') from None
        if 0 <= idx <= self.re.groups:
            return idx
        raise IndexError('no such group')

    def _get(self, idx, default=None):
        regs = self._regs
        a = regs[2 * idx]
        b = regs[2 * idx + 1]
        if a < 0 or b < 0:
            return default
        r = self.string[a:b]
        if self.re._bytes and not isinstance(r, bytes):
            r = bytes(r)
        return r

    def group(self, *args):
        """One or more subgroups of the match (group 0 is the whole match)."""
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple([self._get(self._index(g)) for g in args])

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        """A tuple of all the subgroups."""
        return tuple([self._get(i, default) for i in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        """A dict of the named subgroups."""
        return {name: self._get(idx, default)
                for name, idx in self.re.groupindex.items()}

    def start(self, group=0):
        idx = self._index(group)
        a = self._regs[2 * idx]
        b = self._regs[2 * idx + 1]
        return a if a >= 0 and b >= 0 else -1

    def end(self, group=0):
        idx = self._index(group)
        a = self._regs[2 * idx]
        b = self._regs[2 * idx + 1]
        return b if a >= 0 and b >= 0 else -1

    def span(self, group=0):
        idx = self._index(group)
        a = self._regs[2 * idx]
        b = self._regs[2 * idx + 1]
        if a < 0 or b < 0:
            return (-1, -1)
        return (a, b)

    @property
    def regs(self):
        return tuple([self.span(i) for i in range(self.re.groups + 1)])

    @property
    def lastindex(self):
        v = self._regs[self.re._prog.lastindex_reg]
        return None if v < 0 else v

    @property
    def lastgroup(self):
        v = self.lastindex
        if v is None:
            return None
        return self.re._index_names.get(v)

    def expand(self, template):
        """Substitute groups into a template, as sub() does."""
        t = self.re._template(template)
        if self.re._bytes:
            if t.__class__ is not list:
                return _to_bytes(t)
            return _to_bytes(_expand(t, _latin1(self.string), self._regs))
        if t.__class__ is not list:
            return t
        return _expand(t, self.string, self._regs)

    def __repr__(self):
        # The matched text's repr is cut to 50 characters, as CPython does.
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._regs[0], self._regs[1], repr(self.group(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls

    def __bool__(self):
        return True


Pattern.__module__ = 're'
Match.__module__ = 're'


# ---------------------------------------------------------------- templates

_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
                     't': '\t', 'v': '\v', '\\': '\\'}
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_OCT = '01234567'
_DEC = '0123456789'


def _compile_template(pattern, repl):
    """Parse a replacement template into literal text and group numbers.

    Returns the literal itself when there are no group references, or a list
    alternating literal chunks and group indexes.  Bytes templates are
    handled as latin-1 text.
    """
    is_bytes = pattern._bytes
    text = _latin1(repl) if is_bytes else repl
    if '\\' not in text:
        return text
    items = []
    lit = []
    i = 0
    n = len(text)
    groups = pattern.groups

    def err(msg, pos):
        return error(msg, repl, pos)

    while i < n:
        c = text[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise err('bad escape (end of pattern)', i)
        d = text[i + 1]
        if d == 'g':
            j = i + 2
            if j >= n or text[j] != '<':
                raise err('missing <', j)
            k = text.find('>', j + 1)
            if k < 0:
                if j + 1 >= n:
                    raise err('missing group name', j + 1)
                raise err('missing >, unterminated name', j + 1)
            name = text[j + 1:k]
            if not name:
                raise err('missing group name', j + 1)
            if name.isdigit() and name.isascii():
                idx = int(name)
                if idx > groups:
                    raise err('invalid group reference %d' % idx, j + 1)
            elif name.isidentifier() and (not is_bytes or name.isascii()):
                idx = pattern.groupindex.get(name)
                if idx is None:
                    raise IndexError('unknown group name %r' % name)
            else:
                shown = ascii(name) if is_bytes else repr(name)
                raise err('bad character in group name %s' % shown, j + 1)
            items.append(''.join(lit))
            lit = []
            items.append(idx)
            i = k + 1
            continue
        if d == '0':
            k = i + 2
            while k < n and k < i + 4 and text[k] in _OCT:
                k += 1
            lit.append(chr(int(text[i + 1:k], 8)))
            i = k
            continue
        if d in _DEC:
            if (d in _OCT and i + 3 < n and text[i + 2] in _OCT
                    and text[i + 3] in _OCT):
                v = int(text[i + 1:i + 4], 8)
                if v > 0o377:
                    raise err('octal escape value \\%s outside of range 0-0o377'
                              % text[i + 1:i + 4], i)
                lit.append(chr(v))
                i += 4
                continue
            k = i + 2
            if k < n and text[k] in _DEC:
                k += 1
            idx = int(text[i + 1:k])
            if idx > groups:
                raise err('invalid group reference %d' % idx, i + 1)
            items.append(''.join(lit))
            lit = []
            items.append(idx)
            i = k
            continue
        e = _TEMPLATE_ESCAPES.get(d)
        if e is not None:
            lit.append(e)
        elif d in _ASCII_LETTERS:
            raise err('bad escape \\%s' % d, i)
        else:
            lit.append('\\')
            lit.append(d)
        i += 2
    items.append(''.join(lit))
    if len(items) == 1:
        return items[0]
    return items


def _expand(template, string, regs):
    out = []
    lit = True
    for x in template:
        if lit:
            if x:
                out.append(x)
        else:
            a = regs[2 * x]
            b = regs[2 * x + 1]
            if a >= 0 and b >= 0:
                out.append(string[a:b])
        lit = not lit
    return ''.join(out)


# ---------------------------------------------------------------- compiling

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        raise TypeError('first argument must be string or compiled pattern') from None
    if isinstance(pattern, str):
        is_bytes = False
        text = pattern
    elif isinstance(pattern, bytes):
        is_bytes = True
        text = _latin1(pattern)
    else:
        raise TypeError('first argument must be string or compiled pattern')
    flags = int(flags)
    if is_bytes:
        if flags & F_UNICODE:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & F_LOCALE and flags & F_ASCII:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    else:
        if flags & F_LOCALE:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if flags & F_ASCII and flags & F_UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    tree, gflags, ngroups, names = _parse(text, pattern, flags, is_bytes)
    if not is_bytes:
        if gflags & F_ASCII and gflags & F_UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
        if not gflags & F_ASCII:
            gflags |= F_UNICODE
    ascii_only = is_bytes or bool(gflags & F_ASCII)
    prog = _engine.compile_tree(tree, ngroups, ascii_only)
    p = Pattern(pattern, gflags, ngroups, names, prog, is_bytes)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern into a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return string with matches of pattern replaced by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub(), returning (new_string, number_of_subs_made)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split string by the occurrences of pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


def template(pattern, flags=0):
    """Compile a template pattern (deprecated)."""
    return _compile(pattern, flags | F_TEMPLATE)


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return ''.join(['\\' + c if c in _SPECIAL else c for c in pattern])
    text = _latin1(pattern)
    return _to_bytes(''.join(['\\' + c if c in _SPECIAL else c for c in text]))


class Scanner:
    """A simple lexer: a list of (pattern, action) pairs tried in order."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._which = {}
        group = 1
        for i, (phrase, action) in enumerate(lexicon):
            sub_groups = _compile(phrase, flags).groups
            parts.append('(%s)' % phrase if isinstance(phrase, str)
                         else b'(' + phrase + b')')
            self._which[group] = i
            group += 1 + sub_groups
        if lexicon and isinstance(lexicon[0][0], bytes):
            joined = b'|'.join(parts)
        else:
            joined = '|'.join(parts)
        self.scanner = _compile(joined, flags)

    def scan(self, string):
        result = []
        i = 0
        match = self.scanner.match
        while True:
            m = match(string, i)
            if m is None:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[self._which[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
