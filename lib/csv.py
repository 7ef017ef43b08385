"""Reading and writing of CSV (comma separated values) files.

This is Ferrython's pure-Python implementation.  The reader and writer
objects, the dialect registry and csv.Error behave like the ones of the
C accelerator module that CPython ships (they even report "_csv" as their
module), while Dialect, DictReader, DictWriter and Sniffer are the usual
Python-level helpers built on top of them.
"""

import re
import types
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "QUOTE_STRINGS", "QUOTE_NOTNULL",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3
QUOTE_STRINGS = 4
QUOTE_NOTNULL = 5


class Error(Exception):
    pass


Error.__module__ = "_csv"

_size_limit = 128 * 1024
_registry = {}


def field_size_limit(*args, **kwargs):
    """Return the largest field the parser accepts; with an argument, set a new one."""
    global _size_limit
    if kwargs:
        raise TypeError("%r is an invalid keyword argument for field_size_limit()"
                        % next(iter(kwargs)))
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument (%d given)" % len(args))
    previous = _size_limit
    if args:
        new = args[0]
        if type(new) is not int:
            raise TypeError("limit must be an integer")
        if not -(1 << 63) <= new < (1 << 63):
            raise OverflowError("Python int too large to convert to C long")
        _size_limit = new
    return previous


# ---------------------------------------------------------------------------
# Dialect objects as the parser sees them

# The formatting parameters, in the order in which they are converted (and
# therefore in which their type errors are reported).
_PARAMS = ("delimiter", "doublequote", "escapechar", "lineterminator",
           "quotechar", "quoting", "skipinitialspace", "strict")


def _one_char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        kind = "string or None" if allow_none else "string"
        raise TypeError('"%s" must be %s, not %s' % (name, kind, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _DialectSpec:
    """Immutable, validated set of formatting parameters."""

    __slots__ = ("_values",)

    def __init__(self, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _PARAMS:
                raise TypeError("%r is an invalid keyword argument for this function" % key)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        supplied = {}
        for name in _PARAMS:
            if name in kwargs:
                supplied[name] = kwargs[name]
            elif dialect is not None:
                try:
                    supplied[name] = getattr(dialect, name)
                except Exception:
                    pass
        values = {}
        values["delimiter"] = _one_char("delimiter", supplied.get("delimiter", ","), False)
        values["doublequote"] = bool(supplied.get("doublequote", True))
        values["escapechar"] = _one_char("escapechar", supplied.get("escapechar"), True)
        term = supplied.get("lineterminator", "\r\n")
        if term is not None and not isinstance(term, str):
            raise TypeError('"lineterminator" must be a string')
        values["lineterminator"] = term
        values["quotechar"] = _one_char("quotechar", supplied.get("quotechar", '"'), True)
        quoting = supplied.get("quoting", QUOTE_MINIMAL)
        if type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        values["skipinitialspace"] = bool(supplied.get("skipinitialspace", False))
        values["strict"] = bool(supplied.get("strict", False))
        if not QUOTE_MINIMAL <= quoting <= QUOTE_NOTNULL:
            raise TypeError('bad "quoting" value')
        if values["quotechar"] is None:
            if "quoting" not in supplied:
                quoting = QUOTE_NONE
            elif quoting != QUOTE_NONE:
                raise TypeError("quotechar must be set if quoting enabled")
        values["quoting"] = quoting
        if term is None:
            raise TypeError("lineterminator must be set")
        object.__setattr__(self, "_values", values)

    def __getattr__(self, name):
        values = object.__getattribute__(self, "_values")
        if name in values:
            return values[name]
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __setattr__(self, name, value):
        if name in _PARAMS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    __delattr__ = __setattr__

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' object")


_DialectSpec.__name__ = "Dialect"
_DialectSpec.__qualname__ = "Dialect"
_DialectSpec.__module__ = "_csv"
_Dialect = _DialectSpec
_PLAIN = _DialectSpec()        # used when neither a dialect nor parameters are given


def _resolve(dialect, kwargs):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if not kwargs:
        if isinstance(dialect, _DialectSpec):
            return dialect
        if dialect is None:
            return _PLAIN
    return _DialectSpec(dialect, **kwargs)


def _split_call_args(args, kwargs):
    # Mimics the argument handling of the C functions reader() and writer().
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    dialect = None
    if len(args) == 2:
        if "dialect" in kwargs:
            raise TypeError("argument for function given by name ('dialect') and position (1)")
        dialect = args[1]
    elif "dialect" in kwargs:
        kwargs = dict(kwargs)
        dialect = kwargs.pop("dialect")
    return args[0], dialect, kwargs


def register_dialect(*args, **kwargs):
    """Associate a dialect (a class, an object or keyword parameters) with a name."""
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    name = args[0]
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    dialect = args[1] if len(args) == 2 else None
    _registry[name] = _resolve(dialect, kwargs)


def unregister_dialect(name):
    """Remove a dialect from the registry."""
    try:
        del _registry[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def get_dialect(name):
    """Return the dialect object registered under *name*."""
    try:
        return _registry[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return the names of all registered dialects."""
    return list(_registry)


# ---------------------------------------------------------------------------
# Parsing

# Parser states.
(_REC_BEGIN, _FLD_BEGIN, _ESCAPED, _UNQUOTED, _QUOTED, _ESCAPED_IN_QUOTES,
 _QUOTE_SEEN, _LINE_END, _ESCAPED_NEWLINE) = range(9)
_EOL = None          # marks the end of one string produced by the source


class _Reader:
    """Iterator over the records of a CSV source."""

    def __init__(self, source, spec):
        object.__setattr__(self, "_source", iter(source))
        object.__setattr__(self, "dialect", spec)
        object.__setattr__(self, "line_num", 0)

    def __setattr__(self, name, value):
        if name in ("dialect", "line_num"):
            raise AttributeError("readonly attribute")
        raise AttributeError("'_csv.reader' object has no attribute '%s'" % name)

    def __iter__(self):
        return self

    def _fetch(self):
        line = next(self._source)
        if not isinstance(line, str):
            raise Error("iterator should return strings, not %s "
                        "(the file should be opened in text mode)" % type(line).__name__)
        object.__setattr__(self, "line_num", self.line_num + 1)
        return line

    def __next__(self):
        spec = self.dialect
        delim = spec.delimiter
        quoting = spec.quoting
        limit = _size_limit
        # Fast path: a whole record on one line with nothing that needs the
        # state machine (no quotes, escapes, embedded newlines, etc.).
        line = self._fetch()
        simple = (not spec.skipinitialspace and quoting != QUOTE_NONNUMERIC
                  and delim != "\r" and delim != "\n")
        if simple:
            body = line.rstrip("\r\n")
            qc = spec.quotechar
            esc = spec.escapechar
            if ("\r" not in body and "\n" not in body
                    and (qc is None or quoting == QUOTE_NONE or qc not in body)
                    and (esc is None or esc not in body)):
                if not body:
                    return []
                row = body.split(delim)
                if len(body) <= limit or max(map(len, row)) <= limit:
                    return row
        return self._parse(line)

    def _parse(self, line):
        spec = self.dialect
        delim = spec.delimiter
        qc = spec.quotechar if spec.quoting != QUOTE_NONE else None
        esc = spec.escapechar
        skipspace = spec.skipinitialspace
        doublequote = spec.doublequote
        strict = spec.strict
        nonnumeric = spec.quoting == QUOTE_NONNUMERIC
        limit = _size_limit

        row = []
        chars = []
        numeric = False
        state = _REC_BEGIN

        def overflow():
            return Error("field larger than field limit (%d)" % limit)

        while True:
            for ch in _with_eol(line):
                if state == _REC_BEGIN:
                    if ch is _EOL:
                        break
                    if ch == "\n" or ch == "\r":
                        state = _LINE_END
                        continue
                    state = _FLD_BEGIN
                    # the character starts the first field: fall through
                if state == _FLD_BEGIN:
                    if ch is _EOL or ch == "\n" or ch == "\r":
                        row.append("")
                        state = _REC_BEGIN if ch is _EOL else _LINE_END
                    elif ch == qc:
                        state = _QUOTED
                    elif ch == esc:
                        state = _ESCAPED
                    elif ch == " " and skipspace:
                        pass
                    elif ch == delim:
                        row.append("")
                    else:
                        numeric = nonnumeric
                        if len(chars) >= limit:
                            raise overflow()
                        chars.append(ch)
                        state = _UNQUOTED
                elif state == _UNQUOTED:
                    if ch is _EOL or ch == "\n" or ch == "\r":
                        row.append(_finish(chars, numeric))
                        chars = []
                        numeric = False
                        state = _REC_BEGIN if ch is _EOL else _LINE_END
                    elif ch == esc:
                        state = _ESCAPED
                    elif ch == delim:
                        row.append(_finish(chars, numeric))
                        chars = []
                        numeric = False
                        state = _FLD_BEGIN
                    else:
                        if len(chars) >= limit:
                            raise overflow()
                        chars.append(ch)
                elif state == _QUOTED:
                    if ch is _EOL:
                        pass
                    elif ch == esc:
                        state = _ESCAPED_IN_QUOTES
                    elif ch == qc:
                        state = _QUOTE_SEEN if doublequote else _UNQUOTED
                    else:
                        if len(chars) >= limit:
                            raise overflow()
                        chars.append(ch)
                elif state == _QUOTE_SEEN:
                    if ch == qc:
                        if len(chars) >= limit:
                            raise overflow()
                        chars.append(ch)
                        state = _QUOTED
                    elif ch == delim:
                        row.append(_finish(chars, numeric))
                        chars = []
                        numeric = False
                        state = _FLD_BEGIN
                    elif ch is _EOL or ch == "\n" or ch == "\r":
                        row.append(_finish(chars, numeric))
                        chars = []
                        numeric = False
                        state = _REC_BEGIN if ch is _EOL else _LINE_END
                    elif strict:
                        raise Error("'%s' expected after '%s'" % (delim, qc))
                    else:
                        if len(chars) >= limit:
                            raise overflow()
                        chars.append(ch)
                        state = _UNQUOTED
                elif state == _ESCAPED or state == _ESCAPED_IN_QUOTES:
                    if len(chars) >= limit:
                        raise overflow()
                    if state == _ESCAPED_IN_QUOTES:
                        state = _QUOTED
                    elif ch == "\n" or ch == "\r":
                        state = _ESCAPED_NEWLINE
                    else:
                        state = _UNQUOTED
                    # an escaped end of line stands for a newline character
                    chars.append("\n" if ch is _EOL else ch)
                elif state == _ESCAPED_NEWLINE:
                    # Behaves like an unquoted field, except that the end of
                    # the source string does not end the record; the state
                    # only changes with the transitions below.
                    if ch is _EOL:
                        continue
                    if ch == "\n" or ch == "\r":
                        row.append(_finish(chars, numeric))
                        chars = []
                        numeric = False
                        state = _LINE_END
                    elif ch == esc:
                        state = _ESCAPED
                    elif ch == delim:
                        row.append(_finish(chars, numeric))
                        chars = []
                        numeric = False
                        state = _FLD_BEGIN
                    else:
                        if len(chars) >= limit:
                            raise overflow()
                        chars.append(ch)
                elif state == _LINE_END:
                    if ch is _EOL:
                        state = _REC_BEGIN
                    elif ch != "\n" and ch != "\r":
                        raise Error("new-line character seen in unquoted field - do you "
                                    "need to open the file in universal-newline mode?")
            if state == _REC_BEGIN:
                return row
            # The record continues on the next string of the source.
            try:
                line = self._fetch()
            except StopIteration:
                if chars or state == _QUOTED:
                    if strict:
                        raise Error("unexpected end of data") from None
                    row.append(_finish(chars, numeric))
                    return row
                if row:
                    return row
                raise


def _with_eol(line):
    yield from line
    yield _EOL


def _finish(chars, numeric):
    text = "".join(chars)
    if numeric:
        return float(text)
    return text


_Reader.__name__ = "reader"
_Reader.__qualname__ = "reader"
_Reader.__module__ = "_csv"


def reader(*args, **kwargs):
    """Return an iterator over the records of *csvfile*, any iterable of lines.

    reader(csvfile, dialect='excel', **fmtparams)
    """
    source, dialect, kwargs = _split_call_args(args, kwargs)
    spec = _resolve(dialect, kwargs)
    return _Reader(source, spec)


# ---------------------------------------------------------------------------
# Writing

def _looks_numeric(value):
    if isinstance(value, complex):
        return True
    kind = type(value)
    return (hasattr(kind, "__index__") or hasattr(kind, "__int__")
            or hasattr(kind, "__float__"))


class _Writer:
    """Formats sequences of values as CSV records and writes them to a file."""

    def __init__(self, fileobj, spec):
        try:
            write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        object.__setattr__(self, "_write", write)
        object.__setattr__(self, "dialect", spec)
        specials = {spec.delimiter}
        for ch in (spec.quotechar, spec.escapechar):
            if ch is not None:
                specials.add(ch)
        specials.update(spec.lineterminator)
        object.__setattr__(self, "_specials", tuple(specials))

    def __setattr__(self, name, value):
        if name == "dialect":
            raise AttributeError("readonly attribute")
        raise AttributeError("'_csv.writer' object has no attribute '%s'" % name)

    def _render(self, text, quote):
        spec = self.dialect
        for ch in self._specials:
            if ch in text:
                break
        else:
            return text, quote
        qc = spec.quotechar
        esc = spec.escapechar
        delim = spec.delimiter
        term = spec.lineterminator
        no_quoting = spec.quoting == QUOTE_NONE
        out = []
        for ch in text:
            if ch == delim or ch == esc or ch == qc or ch in term:
                escape = False
                if no_quoting:
                    escape = True
                elif ch == qc:
                    if spec.doublequote:
                        out.append(qc)
                    else:
                        escape = True
                elif ch == esc:
                    escape = True
                if not escape:
                    quote = True
                elif esc is None:
                    raise Error("need to escape, but no escapechar set")
                else:
                    out.append(esc)
            out.append(ch)
        return "".join(out), quote

    def writerow(self, *args):
        """Write one row (an iterable of values) and return what write() returned."""
        if len(args) != 1:
            raise TypeError("writer.writerow() takes exactly one argument (%d given)" % len(args))
        row = args[0]
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        spec = self.dialect
        quoting = spec.quoting
        qc = spec.quotechar
        pieces = []
        for value in fields:
            if value is None:
                text = ""
                quote = quoting == QUOTE_ALL or quoting == QUOTE_NONNUMERIC
            else:
                text = value if isinstance(value, str) else str(value)
                if quoting == QUOTE_MINIMAL or quoting == QUOTE_NONE:
                    quote = False
                elif quoting == QUOTE_NONNUMERIC:
                    quote = not _looks_numeric(value)
                elif quoting == QUOTE_STRINGS:
                    quote = isinstance(value, str)
                else:
                    quote = True
            text, quote = self._render(text, quote)
            if quote:
                text = qc + text + qc
            pieces.append(text)
        line = spec.delimiter.join(pieces)
        if len(pieces) == 1 and not line:
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            line = qc + qc
        return self._write(line + spec.lineterminator)

    def writerows(self, rows):
        """Write every row of the iterable *rows*."""
        for row in rows:
            self.writerow(row)


_Writer.__name__ = "writer"
_Writer.__qualname__ = "writer"
_Writer.__module__ = "_csv"


def writer(*args, **kwargs):
    """Return an object that writes rows as CSV records to *fileobj*.

    writer(fileobj, dialect='excel', **fmtparams)
    """
    target, dialect, kwargs = _split_call_args(args, kwargs)
    spec = _resolve(dialect, kwargs)
    return _Writer(target, spec)


# ---------------------------------------------------------------------------
# Python-level dialect classes

class Dialect:
    """Base class for describing a CSV dialect through class attributes.

    Subclass it and set delimiter, quotechar, escapechar, doublequote,
    skipinitialspace, lineterminator and quoting; instantiating the subclass
    checks that the combination is valid.
    """
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _DialectSpec(self)
        except TypeError as exc:
            raise Error(str(exc))


class excel(Dialect):
    """The format Excel uses for CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The format Excel uses for tab-separated files."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """CSV as usually produced on Unix: '\\n' line ends, every field quoted."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


for _label, _cls in (("excel", excel), ("excel-tab", excel_tab), ("unix", unix_dialect)):
    register_dialect(_label, _cls)
del _label, _cls


# ---------------------------------------------------------------------------
# Dictionary-based reading and writing

def _as_list_if_iterator(names):
    # A one-shot iterator of field names would be exhausted after one use.
    if names is not None and iter(names) is names:
        return list(names)
    return names


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._names = _as_list_if_iterator(fieldnames)
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        # Without explicit names, the first record of the file supplies them.
        if self._names is None:
            try:
                self._names = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._names

    @fieldnames.setter
    def fieldnames(self, value):
        self._names = value

    def __next__(self):
        source = self.reader
        if not self.line_num:
            self.fieldnames          # consume the header line first
        while True:
            values = next(source)
            self.line_num = source.line_num
            if values != []:         # blank lines carry no record
                break
        names = self._names
        width = len(names)
        record = dict(zip(names, values))
        if len(values) > width:
            record[self.restkey] = values[width:]
        else:
            for missing in names[len(values):]:
                record[missing] = self.restval
        return record

    __class_getitem__ = classmethod(types.GenericAlias)


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = _as_list_if_iterator(fieldnames)
        self.restval = restval
        action = extrasaction.lower()
        if action != "raise" and action != "ignore":
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = action
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow({name: name for name in self.fieldnames})

    def _values_of(self, rowdict):
        names = self.fieldnames
        if self.extrasaction != "ignore":
            unknown = [key for key in rowdict.keys() if key not in names]
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(map(repr, unknown)))
        fallback = self.restval
        return (rowdict.get(name, fallback) for name in names)

    def writerow(self, rowdict):
        return self.writer.writerow(self._values_of(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._values_of, rowdicts))

    __class_getitem__ = classmethod(types.GenericAlias)


# ---------------------------------------------------------------------------
# Format detection

class Sniffer:
    """Guesses the dialect of a CSV sample and whether it starts with a header."""

    def __init__(self):
        # Candidates tried, in this order, when several characters are
        # equally plausible as the delimiter.
        self.preferred = list(",\t; :")

    def sniff(self, sample, delimiters=None):
        """Return a Dialect subclass describing *sample*."""
        q, dq, sep, space = self._from_quotes(sample, delimiters)
        if not sep:
            sep, space = self._from_frequencies(sample, delimiters)
        if not sep:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            delimiter = sep
            quotechar = q or '"'
            doublequote = dq
            skipinitialspace = space
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        return dialect

    def _from_quotes(self, data, delimiters):
        # Look for quoted values and note which character surrounds them and
        # what separates them.  Four placements are tried in turn, stopping at
        # the first that occurs at all: between two identical separators, at
        # the start of a line, at the end of a line, alone on a line.
        opener = "(?P<quote>['\"])"
        body = ".*?(?P=quote)"
        sep = "(?P<delim>[^\\w\\n'\"])"
        gap = "(?P<space> ?)"
        line_start = "(?:^|\\n)"
        line_end = "(?:$|\\n)"
        shapes = (sep + gap + opener + body + "(?P=delim)",
                  line_start + opener + body + sep + gap,
                  sep + gap + opener + body + line_end,
                  line_start + opener + body + line_end)
        found = []
        for shape in shapes:
            found = list(re.finditer(shape, data, re.DOTALL | re.MULTILINE))
            if found:
                break
        if not found:
            return '', False, None, 0

        quote_votes = {}
        delim_votes = {}
        spaced = 0
        for match in found:
            parts = match.groupdict()
            q = parts.get('quote')
            if q:
                quote_votes[q] = quote_votes.get(q, 0) + 1
            d = parts.get('delim')
            if d and (delimiters is None or d in delimiters):
                delim_votes[d] = delim_votes.get(d, 0) + 1
            if parts.get('space'):
                spaced += 1

        quotechar = _most_voted(quote_votes)
        if delim_votes:
            delim = _most_voted(delim_votes)
            skipinitialspace = delim_votes[delim] == spaced
        else:
            delim = ''
            skipinitialspace = 0

        # A value holding a doubled quote (quote, text, quote, text, quote with
        # no separator or line break in between) means doublequote is in use.
        d = re.escape(delim)
        q = re.escape(quotechar)
        inner = "[^" + d + "\\n]*"
        probe = ("((" + d + ")|^)" + "\\W*" + q + inner + q + inner + q
                 + "\\W*" + "((" + d + ")|$)")
        doublequote = re.search(probe, data, re.MULTILINE) is not None
        return quotechar, doublequote, delim, skipinitialspace

    def _from_frequencies(self, data, delimiters):
        # A delimiter is a character that occurs the same number of times on
        # (nearly) every line.  The sample is examined ten lines at a time;
        # for every ASCII character the most common per-line count and how
        # consistently it occurs are tracked, and the first chunk that leaves
        # exactly one candidate decides.
        lines = [line for line in data.split('\n') if line]   # blank lines say nothing
        total_lines = len(lines)
        step = min(10, total_lines)
        histograms = {}     # char -> {count on a line: number of lines}
        best = {}           # char -> (typical count, weight)
        candidates = {}
        rounds = 0
        first = 0
        while first < total_lines:
            rounds += 1
            for line in lines[first:first + step]:
                for code in range(127):
                    ch = chr(code)
                    table = histograms.setdefault(ch, {})
                    n = line.count(ch)
                    table[n] = table.get(n, 0) + 1
            for ch, table in histograms.items():
                pairs = list(table.items())
                if len(pairs) == 1:
                    if pairs[0][0] == 0:
                        continue
                    best[ch] = pairs[0]
                else:
                    top = max(pairs, key=lambda pair: pair[1])
                    others = sum(weight for count, weight in pairs) - top[1]
                    best[ch] = (top[0], top[1] - others)
            seen = float(min(step * rounds, total_lines))
            needed = 1.0
            while not candidates and needed >= 0.9:
                for ch, (count, weight) in best.items():
                    if count > 0 and weight > 0 and weight / seen >= needed \
                            and (delimiters is None or ch in delimiters):
                        candidates[ch] = (count, weight)
                needed -= 0.01
            if len(candidates) == 1:
                delim = next(iter(candidates))
                return delim, self._spaced(lines[0], delim)
            first += step

        if not candidates:
            return '', 0
        if len(candidates) > 1:
            for delim in self.preferred:
                if delim in candidates:
                    return delim, self._spaced(lines[0], delim)
        delim = max(candidates.items(), key=lambda item: (item[1], item[0]))[0]
        return delim, self._spaced(lines[0], delim)

    @staticmethod
    def _spaced(line, delim):
        return line.count(delim) == line.count(delim + ' ')

    def has_header(self, sample):
        """Guess whether the first row of *sample* is a header.

        Each column of the following rows (up to about twenty) is classified
        as numeric or as a fixed length; a header cell that does not fit its
        column's classification counts as evidence for a header.
        """
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))
        examined = 0
        for row in rows:
            if examined > 20:
                break
            examined += 1
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        # inconsistent column: it tells nothing
                        del kinds[col]

        score = 0
        for col, kind in kinds.items():
            if isinstance(kind, int):
                score += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    score += 1
                else:
                    score -= 1
        return score > 0


def _most_voted(votes):
    # The key with the highest count; on a tie the one seen first wins.
    winner = None
    for key, count in votes.items():
        if winner is None or count > votes[winner]:
            winner = key
    return winner
