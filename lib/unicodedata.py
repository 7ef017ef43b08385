"""Access to the Unicode Character Database (UCD 15.0.0), for Ferrython.

The tables live in the generated module _unicodedata_db and are unpacked on first use.
ucd_3_2_0 answers the same questions for Unicode 3.2.0 (used by IDNA).
"""

# CPython implements this module in C: its frames stay out of tracebacks and profiles.
__native_module__ = True

import zlib as _zlib

import _unicodedata_db as _db

__all__ = [
    "bidirectional", "category", "combining", "decimal", "decomposition", "digit",
    "east_asian_width", "is_normalized", "lookup", "mirrored", "name", "normalize",
    "numeric", "ucd_3_2_0", "unidata_version", "UCD",
]

unidata_version = "15.0.0"

# Hangul syllable arithmetic (Unicode chapter 3.12).
_S_BASE, _L_BASE, _V_BASE, _T_BASE = 0xAC00, 0x1100, 0x1161, 0x11A7
_L_COUNT, _V_COUNT, _T_COUNT = 19, 21, 28
_N_COUNT = _V_COUNT * _T_COUNT
_S_COUNT = _L_COUNT * _N_COUNT
_S_LAST = _S_BASE + _S_COUNT - 1
_JAMO_L = ("G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
           "C", "K", "T", "P", "H")
_JAMO_V = ("A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO",
           "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I")
_JAMO_T = ("", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
           "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H")
_HANGUL_PREFIX = "HANGUL SYLLABLE "
_CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-"
_CJK_RANGES = _db.CJK_RANGES
_HEX = frozenset("0123456789ABCDEF")
_FORMS = ("NFC", "NFD", "NFKC", "NFKD")


def _unpack(text):
    return _zlib.decompress(text.encode("latin-1")).decode("ascii")


def _runs(spec):
    """Decode 'start:count,...' (hex) into a list of code points."""
    out = []
    if spec:
        for part in spec.split(","):
            a, n = part.split(":")
            a = int(a, 16)
            out.extend(range(a, a + int(n, 16)))
    return out


def _is_cjk(cp):
    if cp < 0x3400 or cp > 0x323AF:
        return False
    for lo, hi in _CJK_RANGES:
        if lo <= cp <= hi:
            return True
    return False


def _hangul_name(cp):
    i = cp - _S_BASE
    return (_HANGUL_PREFIX + _JAMO_L[i // _N_COUNT] + _JAMO_V[(i % _N_COUNT) // _T_COUNT]
            + _JAMO_T[i % _T_COUNT])


def _match_jamo(text, pos, table, longest):
    """Index in table of the longest entry found at text[pos:], or -1."""
    for size in range(longest, -1, -1):
        piece = text[pos:pos + size]
        if len(piece) != size:
            continue
        try:
            return table.index(piece), pos + size
        except ValueError:
            pass
    return -1, pos


def _hangul_lookup(rest):
    l, pos = _match_jamo(rest, 0, _JAMO_L, 2)
    if l < 0:
        return -1
    v, pos = _match_jamo(rest, pos, _JAMO_V, 3)
    if v < 0:
        return -1
    t, pos = _match_jamo(rest, pos, _JAMO_T, 2)
    if t < 0 or pos != len(rest):
        return -1
    return _S_BASE + (l * _V_COUNT + v) * _T_COUNT + t


# ---------------------------------------------------------------------------
# Shared tables (names are the same for both versions, restricted for 3.2)

_names = None          # code point -> name (table names only)
_codes = None          # NAME -> code point
_aliases = None        # ALIAS -> code point
_sequences = None      # SEQUENCE NAME -> str


def _load_names():
    global _names, _codes
    cps = _runs(_db.NAME_CPS)
    names = _unpack(_db.NAMES).split("\n")
    _names = dict(zip(cps, names))
    _codes = dict(zip(names, cps))


def _load_extra():
    global _aliases, _sequences
    aliases = {}
    for line in _unpack(_db.ALIASES).split("\n"):
        nm, _, cp = line.partition(":")
        aliases[nm] = int(cp, 16)
    seqs = {}
    for line in _unpack(_db.NAMED_SEQUENCES).split("\n"):
        nm, _, cps = line.partition(":")
        seqs[nm] = "".join([chr(int(c, 16)) for c in cps.split()])
    _aliases, _sequences = aliases, seqs


# ---------------------------------------------------------------------------
# Per-version data

class _Version:
    def __init__(self, tag, recent):
        self.tag = tag
        self.recent = recent
        self.i1 = None
        self.norm = None
        self.decomp = None
        self.numeric = None

    def load_records(self):
        tag = self.tag
        raw1 = _zlib.decompress(getattr(_db, "INDEX1" + tag).encode("latin-1"))
        self.i2 = _zlib.decompress(getattr(_db, "INDEX2" + tag).encode("latin-1"))
        self.records = getattr(_db, "RECORDS" + tag)
        self.i1 = [(raw1[k] << 8 | raw1[k + 1]) << 7 for k in range(0, len(raw1), 2)]

    def record(self, cp):
        if self.i1 is None:
            self.load_records()
        return self.records[self.i2[self.i1[cp >> 7] + (cp & 127)]]

    def load_decomp(self):
        table = {}
        for line in _unpack(_db.DECOMP).split("\n"):
            cp, _, d = line.partition(":")
            table[int(cp, 16)] = d
        if not self.recent:
            text = _unpack(_db.DECOMP_32)
            if text:
                for line in text.split("\n"):
                    cp, _, d = line.partition(":")
                    cp = int(cp, 16)
                    if d:
                        table[cp] = d
                    else:
                        table.pop(cp, None)
        self.decomp = table

    def load_numeric(self):
        table = {}
        for line in _unpack(_db.NUMERIC).split("\n"):
            cp, _, rest = line.partition(":")
            table[int(cp, 16)] = rest
        if not self.recent:
            text = _unpack(_db.NUMERIC_32)
            if text:
                for line in text.split("\n"):
                    cp, _, rest = line.partition(":")
                    cp = int(cp, 16)
                    if rest == "-":
                        table.pop(cp, None)
                    else:
                        table[cp] = rest
        parsed = {}
        for cp, rest in table.items():
            de, di, nu = rest.split(":")
            parsed[cp] = (int(de) if de else None, int(di) if di else None,
                          float(nu) if nu else None)
        self.numeric = parsed

    def numeric_row(self, cp):
        if self.numeric is None:
            self.load_numeric()
        return self.numeric.get(cp)

    def name_of(self, cp):
        if _S_BASE <= cp <= _S_LAST:
            return _hangul_name(cp)
        if not self.recent and self.record(cp)[0] == "Cn":
            return None
        if _is_cjk(cp):
            return _CJK_PREFIX + "%X" % cp
        if _names is None:
            _load_names()
        return _names.get(cp)

    def code_of(self, text):
        """Code point (int) or str (named sequence) for a name, or None."""
        if text.startswith(_HANGUL_PREFIX):
            cp = _hangul_lookup(text[len(_HANGUL_PREFIX):])
            if cp >= 0:
                return cp
        if text.startswith(_CJK_PREFIX):
            digits = text[len(_CJK_PREFIX):]
            if len(digits) in (4, 5) and all(c in _HEX for c in digits):
                cp = int(digits, 16)
                if _is_cjk(cp):
                    return cp
        if not text.isascii():
            return None
        key = text.upper()
        if _codes is None:
            _load_names()
        cp = _codes.get(key)
        if cp is not None:
            if self.recent or self.record(cp)[0] != "Cn":
                return cp
            return None
        if not self.recent:
            return None
        if _aliases is None:
            _load_extra()
        cp = _aliases.get(key)
        if cp is not None:
            return cp
        return _sequences.get(key)

    # -- normalization ---------------------------------------------------
    def load_norm(self):
        if self.decomp is None:
            self.load_decomp()
        # Canonical combining classes always come from the current database, also when
        # normalizing with the 3.2 tables (as CPython does).
        if _V15.i1 is None:
            _V15.load_records()
        ccc = {}
        records, i1, i2 = _V15.records, _V15.i1, _V15.i2
        combining = [r[2] for r in records]
        nonzero = set(k for k, c in enumerate(combining) if c)
        # Collect characters with a non-zero combining class block by block.
        seen_blocks = {}
        for hi in range(len(i1)):
            base = i1[hi]
            if base in seen_blocks:
                hits = seen_blocks[base]
            else:
                hits = [lo for lo in range(128) if i2[base + lo] in nonzero]
                seen_blocks[base] = hits
            for lo in hits:
                ccc[chr((hi << 7) | lo)] = combining[i2[base + lo]]
        raw = self.decomp
        canon_one = {}
        compat_one = {}
        for cp, d in raw.items():
            if d.startswith("<"):
                d = d[d.index(">") + 1:]
                compat_one[cp] = [int(x, 16) for x in d.split()]
            else:
                parts = [int(x, 16) for x in d.split()]
                canon_one[cp] = parts
                compat_one[cp] = parts

        def expand(cp, one, memo):
            got = memo.get(cp)
            if got is not None:
                return got
            parts = one.get(cp)
            if parts is None:
                res = chr(cp)
            else:
                res = "".join([expand(p, one, memo) for p in parts])
            memo[cp] = res
            return res

        if not self.recent:
            for cp, d in _db.NORM_FIX_32.items():
                canon_one[cp] = compat_one[cp] = [int(x, 16) for x in d.split()]
        canon = {}
        for cp in canon_one:
            expand(cp, canon_one, canon)
        compat = {}
        for cp in compat_one:
            expand(cp, compat_one, compat)
        self.canon = dict((chr(k), v) for k, v in canon.items() if v != chr(k))
        self.compat = dict((chr(k), v) for k, v in compat.items() if v != chr(k))
        # Composition pairs also come from the current database for both versions.
        if self.recent:
            pairs = canon_one
        else:
            if _V15.norm is None:
                _V15.load_norm()
            pairs = _V15.canon_one
        self.canon_one = canon_one
        excluded = set(_runs(_db.COMP_EXCL))
        comp = {}
        for cp, parts in pairs.items():
            if len(parts) == 2 and cp not in excluded:
                comp[chr(parts[0]) + chr(parts[1])] = chr(cp)
        self.comp = comp
        self.ccc = ccc
        if self.recent:
            qc = {}
            for form in _FORMS:
                table = {}
                for cp in _runs(getattr(_db, "QC_%s_MAYBE" % form)):
                    table[chr(cp)] = False
                for cp in _runs(getattr(_db, "QC_%s_NO" % form)):
                    table[chr(cp)] = True
                qc[form] = (table, chr(_db.QC_FAST[form]))
            self.qc = qc
        self.norm = True

    def decompose(self, s, compat):
        get = (self.compat if compat else self.canon).get
        if s and max(s) >= "\uac00":
            out = []
            for ch in s:
                if "\uac00" <= ch <= "\ud7a3":
                    i = ord(ch) - _S_BASE
                    out.append(chr(_L_BASE + i // _N_COUNT))
                    out.append(chr(_V_BASE + (i % _N_COUNT) // _T_COUNT))
                    t = i % _T_COUNT
                    if t:
                        out.append(chr(_T_BASE + t))
                else:
                    out.append(get(ch, ch))
        else:
            out = [get(ch, ch) for ch in s]
        s = "".join(out)
        # Canonical ordering: only needed when some non-starter follows one with a
        # higher combining class.
        cget = self.ccc.get
        prev = 0
        for ch in s:
            c = cget(ch, 0)
            if c and prev > c:
                break
            prev = c
        else:
            return s
        chars = list(s)
        n = len(chars)
        i = 0
        while i < n:
            if cget(chars[i], 0):
                j = i + 1
                while j < n and cget(chars[j], 0):
                    j += 1
                if j - i > 1:
                    run = chars[i:j]
                    run.sort(key=self.ccc.__getitem__)
                    chars[i:j] = run
                i = j
            else:
                i += 1
        return "".join(chars)

    def compose(self, s):
        ccc = self.ccc
        comp = self.comp
        out = []
        starter = -1
        for ch in s:
            c = ccc.get(ch, 0)
            if starter >= 0:
                last = len(out) - 1
                if last == starter:
                    blocked = False
                else:
                    prev = ccc.get(out[last], 0)
                    blocked = prev == 0 or prev >= c
                if not blocked:
                    first = out[starter]
                    made = comp.get(first + ch)
                    if made is None:
                        # Hangul LV and LVT
                        if "\u1100" <= first <= "\u1112" and "\u1161" <= ch <= "\u1175":
                            made = chr(_S_BASE + ((ord(first) - _L_BASE) * _V_COUNT
                                                  + ord(ch) - _V_BASE) * _T_COUNT)
                        elif ("\u11a8" <= ch <= "\u11c2" and "\uac00" <= first <= "\ud7a3"
                              and (ord(first) - _S_BASE) % _T_COUNT == 0):
                            made = chr(ord(first) + ord(ch) - _T_BASE)
                    if made is not None:
                        out[starter] = made
                        continue
            out.append(ch)
            if c == 0:
                starter = len(out) - 1
        return "".join(out)

    def quick_check(self, form, s):
        """True: normalized; False: not normalized; None: unknown."""
        table, fast = self.qc[form]
        ccc = self.ccc
        last = 0
        answer = True
        for ch in s:
            if ch < fast:
                last = 0
                continue
            c = ccc.get(ch, 0)
            if c and last > c:
                return False
            q = table.get(ch)
            if q is not None:
                if q:
                    return False
                answer = None
            last = c
        return answer

    def normalize(self, form, s):
        if s.isascii():
            return s
        if self.norm is None:
            self.load_norm()
        if self.recent and self.quick_check(form, s):
            return s
        if form == "NFC":
            return self.compose(self.decompose(s, False))
        if form == "NFD":
            return self.decompose(s, False)
        if form == "NFKC":
            return self.compose(self.decompose(s, True))
        return self.decompose(s, True)

    def is_normalized(self, form, s):
        if s.isascii():
            return True
        if self.norm is None:
            self.load_norm()
        if self.recent:
            answer = self.quick_check(form, s)
            if answer is not None:
                return answer
        return self.normalize_full(form, s) == s

    def normalize_full(self, form, s):
        if form == "NFC":
            return self.compose(self.decompose(s, False))
        if form == "NFD":
            return self.decompose(s, False)
        if form == "NFKC":
            return self.compose(self.decompose(s, True))
        return self.decompose(s, True)


_V15 = _Version("", True)
_V32 = _Version("_32", False)


# ---------------------------------------------------------------------------
# Argument handling shared by the module functions and the UCD methods

def _tname(obj):
    return "None" if obj is None else type(obj).__name__


def _one_arg(fname, pfx, args, kwargs):
    if kwargs:
        raise TypeError("%s%s() takes no keyword arguments" % (pfx, fname))
    if len(args) != 1:
        raise TypeError("%s%s() takes exactly one argument (%d given)" % (pfx, fname, len(args)))
    return args[0]


def _char(fname, ch, numbered):
    if isinstance(ch, str) and len(ch) == 1:
        return ord(ch)
    raise TypeError("%s() argument%s must be a unicode character, not %s"
                    % (fname, " 1" if numbered else "", _tname(ch)))


def _char_default(fname, pfx, args, kwargs):
    if kwargs:
        raise TypeError("%s%s() takes no keyword arguments" % (pfx, fname))
    n = len(args)
    if n < 1:
        raise TypeError("%s expected at least 1 argument, got %d" % (fname, n))
    if n > 2:
        raise TypeError("%s expected at most 2 arguments, got %d" % (fname, n))
    return _char(fname, args[0], True), n == 2


def _form_args(fname, pfx, args, kwargs):
    if kwargs:
        raise TypeError("%s%s() takes no keyword arguments" % (pfx, fname))
    if len(args) != 2:
        raise TypeError("%s expected 2 arguments, got %d" % (fname, len(args)))
    form, s = args
    if not isinstance(form, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (fname, _tname(form)))
    if not isinstance(s, str):
        raise TypeError("%s() argument 2 must be str, not %s" % (fname, _tname(s)))
    if form not in _FORMS:
        raise ValueError("invalid normalization form")
    return form, s


def _do_lookup(ver, pfx, args, kwargs):
    name = _one_arg("lookup", pfx, args, kwargs)
    if isinstance(name, str):
        text = name
        size = len(text)
        if size > 64:
            size = len(text.encode("utf-8", "replace"))
    elif isinstance(name, bytes):
        size = len(name)
        text = name.decode("utf-8", "replace")
    elif isinstance(name, (bytearray, memoryview)):
        raise TypeError("lookup() argument must be read-only bytes-like object, not %s"
                        % type(name).__name__)
    else:
        raise TypeError("a bytes-like object is required, not '%s'" % type(name).__name__)
    if size > 256:
        raise KeyError("name too long")
    found = ver.code_of(text)
    if found is None:
        raise KeyError("undefined character name '%s'" % text.split("\0", 1)[0])
    if isinstance(found, int):
        return chr(found)
    return found


def _do_name(ver, pfx, args, kwargs):
    cp, has_default = _char_default("name", pfx, args, kwargs)
    nm = ver.name_of(cp)
    if nm is None:
        if has_default:
            return args[1]
        raise ValueError("no such name")
    return nm


def _do_number(ver, pfx, args, kwargs, fname, slot, message):
    cp, has_default = _char_default(fname, pfx, args, kwargs)
    row = ver.numeric_row(cp)
    if row is not None:
        value = row[slot]
        if value is not None:
            return value
    if has_default:
        return args[1]
    raise ValueError(message)


def _do_decomposition(ver, pfx, args, kwargs):
    cp = _char("decomposition", _one_arg("decomposition", pfx, args, kwargs), False)
    if ver.decomp is None:
        ver.load_decomp()
    return ver.decomp.get(cp, "")


def _do_normalize(ver, pfx, args, kwargs):
    form, s = _form_args("normalize", pfx, args, kwargs)
    return ver.normalize(form, s)


def _do_is_normalized(ver, pfx, args, kwargs):
    form, s = _form_args("is_normalized", pfx, args, kwargs)
    return ver.is_normalized(form, s)


# ---------------------------------------------------------------------------
# Module-level functions (Unicode 15.0.0)

_P = "unicodedata."


def lookup(*args, **kwargs):
    """Look up a character (or named sequence) by name; KeyError if there is none."""
    return _do_lookup(_V15, _P, args, kwargs)


def name(*args, **kwargs):
    """name(chr[, default]): the character's name, or default / ValueError."""
    return _do_name(_V15, _P, args, kwargs)


def decimal(*args, **kwargs):
    """decimal(chr[, default]): the decimal digit value as an int."""
    return _do_number(_V15, _P, args, kwargs, "decimal", 0, "not a decimal")


def digit(*args, **kwargs):
    """digit(chr[, default]): the digit value as an int."""
    return _do_number(_V15, _P, args, kwargs, "digit", 1, "not a digit")


def numeric(*args, **kwargs):
    """numeric(chr[, default]): the numeric value as a float."""
    return _do_number(_V15, _P, args, kwargs, "numeric", 2, "not a numeric character")


def category(*args, **kwargs):
    """The general category, e.g. 'Lu'."""
    return _V15.record(_char("category", _one_arg("category", _P, args, kwargs), False))[0]


def bidirectional(*args, **kwargs):
    """The bidirectional class, or '' when none is assigned."""
    return _V15.record(_char("bidirectional", _one_arg("bidirectional", _P, args, kwargs),
                             False))[1]


def combining(*args, **kwargs):
    """The canonical combining class (0 for most characters)."""
    return _V15.record(_char("combining", _one_arg("combining", _P, args, kwargs), False))[2]


def east_asian_width(*args, **kwargs):
    """The East Asian width class: F, H, W, Na, A or N."""
    return _V15.record(_char("east_asian_width", _one_arg("east_asian_width", _P, args, kwargs),
                             False))[3]


def mirrored(*args, **kwargs):
    """1 if the character is mirrored in bidirectional text, else 0."""
    return _V15.record(_char("mirrored", _one_arg("mirrored", _P, args, kwargs), False))[4]


def decomposition(*args, **kwargs):
    """The decomposition mapping as a string of hex code points ('' if none)."""
    return _do_decomposition(_V15, _P, args, kwargs)


def normalize(*args, **kwargs):
    """normalize(form, unistr): the string in normal form NFC, NFD, NFKC or NFKD."""
    return _do_normalize(_V15, _P, args, kwargs)


def is_normalized(*args, **kwargs):
    """is_normalized(form, unistr): whether unistr is already in the given form."""
    return _do_is_normalized(_V15, _P, args, kwargs)


# ---------------------------------------------------------------------------
# Older database versions

_TOKEN = object()


class UCD:
    """A version of the Unicode database with the module's query methods."""

    __slots__ = ("unidata_version", "_ver")

    def __new__(cls, *args, **kwargs):
        if len(args) == 2 and args[0] is _TOKEN:
            return object.__new__(cls)
        raise TypeError("cannot create 'unicodedata.UCD' instances")

    def __init__(self, *args, **kwargs):
        if len(args) == 2 and args[0] is _TOKEN:
            ver, version = args[1]
            self._ver = ver
            self.unidata_version = version

    def lookup(self, *args, **kwargs):
        return _do_lookup(self._ver, "UCD.", args, kwargs)

    def name(self, *args, **kwargs):
        return _do_name(self._ver, "UCD.", args, kwargs)

    def decimal(self, *args, **kwargs):
        return _do_number(self._ver, "UCD.", args, kwargs, "decimal", 0, "not a decimal")

    def digit(self, *args, **kwargs):
        return _do_number(self._ver, "UCD.", args, kwargs, "digit", 1, "not a digit")

    def numeric(self, *args, **kwargs):
        return _do_number(self._ver, "UCD.", args, kwargs, "numeric", 2,
                          "not a numeric character")

    def category(self, *args, **kwargs):
        return self._ver.record(_char("category", _one_arg("category", "UCD.", args, kwargs),
                                      False))[0]

    def bidirectional(self, *args, **kwargs):
        return self._ver.record(_char("bidirectional",
                                      _one_arg("bidirectional", "UCD.", args, kwargs), False))[1]

    def combining(self, *args, **kwargs):
        return self._ver.record(_char("combining", _one_arg("combining", "UCD.", args, kwargs),
                                      False))[2]

    def east_asian_width(self, *args, **kwargs):
        return self._ver.record(_char("east_asian_width",
                                      _one_arg("east_asian_width", "UCD.", args, kwargs),
                                      False))[3]

    def mirrored(self, *args, **kwargs):
        return self._ver.record(_char("mirrored", _one_arg("mirrored", "UCD.", args, kwargs),
                                      False))[4]

    def decomposition(self, *args, **kwargs):
        return _do_decomposition(self._ver, "UCD.", args, kwargs)

    def normalize(self, *args, **kwargs):
        return _do_normalize(self._ver, "UCD.", args, kwargs)

    def is_normalized(self, *args, **kwargs):
        return _do_is_normalized(self._ver, "UCD.", args, kwargs)


UCD.__module__ = "unicodedata"
ucd_3_2_0 = UCD(_TOKEN, (_V32, "3.2.0"))
