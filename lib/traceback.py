"""Extract, format and print exceptions and stack traces (Ferrython)."""

from _traceback import markers as _markers
import collections.abc
import itertools
import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_MISSING = object()
_FOLD_AFTER = 3  # identical consecutive frames shown before folding

_CAUSE_HEADER = ("\nThe above exception was the direct cause "
                 "of the following exception:\n\n")
_CONTEXT_HEADER = ("\nDuring handling of the above exception, "
                   "another exception occurred:\n\n")


# ---------------------------------------------------------------------------
# module level convenience functions

def print_list(extracted_list, file=None):
    """Print a list of (filename, lineno, name, line) entries."""
    out = sys.stderr if file is None else file
    for chunk in StackSummary.from_list(extracted_list).format():
        print(chunk, file=out, end="")


def format_list(extracted_list):
    """Format (filename, lineno, name, line) entries as printable strings."""
    summary = StackSummary.from_list(extracted_list)
    return summary.format()


def print_tb(tb, limit=None, file=None):
    entries = extract_tb(tb, limit)
    print_list(entries, file)


def format_tb(tb, limit=None):
    entries = extract_tb(tb, limit)
    return entries.format()


def extract_tb(tb, limit=None):
    return StackSummary._from_positions(_tb_positions(tb), limit=limit)


def _split_args(exc, value, tb):
    # Support both the (exc) and the legacy (type, value, tb) call styles.
    if (value is _MISSING) != (tb is _MISSING):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _MISSING:
        if exc is None:
            return None, None
        if not isinstance(exc, BaseException):
            raise TypeError(
                f'Exception expected for value, {type(exc).__name__} found')
        tb = exc.__traceback__
        return exc, tb
    return value, tb


def print_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None,
                    file=None, chain=True):
    """Print an exception with its traceback to file (default stderr)."""
    value, tb = _split_args(exc, value, tb)
    TracebackException(type(value), value, tb, limit=limit,
                       compact=True).print(file=file, chain=chain)


def format_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None,
                     chain=True):
    """Like print_exception() but return a list of strings."""
    value, tb = _split_args(exc, value, tb)
    snapshot = TracebackException(type(value), value, tb,
                                  compact=True, limit=limit)
    return [*snapshot.format(chain=chain)]


def format_exception_only(exc, /, value=_MISSING):
    """Return the final 'Type: message' lines of an exception."""
    if value is _MISSING:
        value = exc
    snapshot = TracebackException(type(value), value, None, compact=True)
    return [*snapshot.format_exception_only()]


def _final_line(type_name, value):
    text = _as_text(value, 'exception')
    if value is None or not text:
        return f"{type_name}\n"
    return f"{type_name}: {text}\n"


def _as_text(obj, kind, conv=str):
    try:
        return conv(obj)
    except Exception:
        return f'<{kind} {conv.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """Print the exception currently being handled."""
    current = sys.exception()
    print_exception(current, limit=limit, chain=chain, file=file)


def format_exc(limit=None, chain=True):
    """Return the exception currently being handled as one string."""
    current = sys.exception()
    return "".join(format_exception(current, limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception recorded in sys."""
    if 'last_exc' in vars(sys):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    elif 'last_type' in vars(sys):
        legacy = (sys.last_type, sys.last_value, sys.last_traceback)
        print_exception(*legacy, limit=limit, file=file, chain=chain)
    else:
        raise ValueError("no last exception")


def print_stack(f=None, limit=None, file=None):
    start = sys._getframe(1) if f is None else f
    print_list(extract_stack(start, limit), file)


def format_stack(f=None, limit=None):
    start = sys._getframe(1) if f is None else f
    return format_list(extract_stack(start, limit))


def extract_stack(f=None, limit=None):
    """Return a StackSummary of the stack, oldest frame first."""
    start = sys._getframe(1) if f is None else f
    summary = StackSummary.extract(walk_stack(start), limit=limit)
    summary.reverse()
    return summary


def clear_frames(tb):
    """Clear the locals of every frame of a traceback."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass
        tb = tb.tb_next


# ---------------------------------------------------------------------------
# frames

class FrameSummary:
    """Information about one frame of a stack or traceback."""

    __slots__ = ('filename', 'lineno', 'name', 'locals', '_line',
                 'end_lineno', 'colno', 'end_colno')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self._line = line
        self.colno, self.end_colno = colno, end_colno
        self.end_lineno = end_lineno
        if locals:
            self.locals = {key: _as_text(val, 'local', repr)
                           for key, val in locals.items()}
        else:
            self.locals = None
        if lookup_line:
            self.line

    def __eq__(self, other):
        if type(other) is FrameSummary or isinstance(other, FrameSummary):
            return ((self.filename, self.lineno, self.name, self.locals) ==
                    (other.filename, other.lineno, other.name, other.locals))
        if isinstance(other, tuple):  # compares like a 4-tuple
            return other == (self.filename, self.lineno, self.name, self.line)
        return NotImplemented

    __hash__ = None

    def __getitem__(self, index):
        return (self.filename, self.lineno, self.name, self.line)[index]

    def __iter__(self):
        yield self.filename
        yield self.lineno
        yield self.name
        yield self.line

    def __len__(self):
        return 4

    def __repr__(self):
        return (f"<FrameSummary file {self.filename}, "
                f"line {self.lineno} in {self.name}>")

    @property
    def _raw_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        text = self._line
        return text.strip()


def walk_stack(f):
    """Yield (frame, lineno) from f outwards through f.f_back."""
    if f is None:
        f = sys._getframe()
        for _ in range(4):
            f = f.f_back if f is not None else None
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback."""
    while tb is not None:
        yield (tb.tb_frame, tb.tb_lineno)
        tb = tb.tb_next


def _tb_positions(tb):
    # (frame, (lineno, end_lineno, colno, end_colno)) for each traceback entry
    while tb is not None:
        frame = tb.tb_frame
        where = None
        getpos = getattr(frame.f_code, 'co_positions', None)
        if getpos is not None and tb.tb_lasti >= 0:
            try:
                where = next(itertools.islice(getpos(), tb.tb_lasti // 2,
                                              None), None)
            except Exception:
                where = None
        if where is None or where[0] is None:
            where = (tb.tb_lineno, None, None, None)
        yield frame, where
        tb = tb.tb_next


class StackSummary(list):
    """A list of FrameSummary objects that knows how to format itself."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Build a summary from an iterable of (frame, lineno) pairs."""
        widened = ((fr, (ln, None, None, None)) for fr, ln in frame_gen)
        return klass._from_positions(widened, limit=limit,
                                     lookup_lines=lookup_lines,
                                     capture_locals=capture_locals)

    @classmethod
    def _from_positions(klass, items, *, limit=None, lookup_lines=True,
                        capture_locals=False):
        if limit is None:
            limit = vars(sys).get('tracebacklimit')
            if limit is not None:
                limit = max(limit, 0)
        if limit is not None:
            if limit >= 0:
                items = itertools.islice(items, limit)
            else:
                items = collections.deque(items, maxlen=-limit)
        summary = klass()
        files = set()
        for frame, (lineno, end_lineno, colno, end_colno) in items:
            code = frame.f_code
            files.add(code.co_filename)
            frame_locals = frame.f_locals if capture_locals else None
            summary.append(FrameSummary(
                code.co_filename, lineno, code.co_name, lookup_line=False,
                locals=frame_locals, end_lineno=end_lineno, colno=colno,
                end_colno=end_colno))
        for name in files:
            linecache.checkcache(name)
        if lookup_lines:
            for entry in summary:
                entry.line
        return summary

    @classmethod
    def from_list(klass, a_list):
        """Build a summary from FrameSummary objects or 4-tuples."""
        summary = klass()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, line = item
                item = FrameSummary(filename, lineno, name, line=line)
            summary.append(item)
        return summary

    def format_frame_summary(self, frame_summary):
        """Return the text for one frame (or None to skip it)."""
        fs = frame_summary
        parts = [f'  File "{fs.filename}", line {fs.lineno}, in {fs.name}\n']
        code_line = fs.line
        if code_line:
            parts.append(f'    {code_line}\n')
            marks = _underline(fs, code_line)
            if marks:
                parts.append(marks)
        if fs.locals:
            for key in sorted(fs.locals):
                parts.append(f'    {key} = {fs.locals[key]}\n')
        return ''.join(parts)

    def format(self):
        """Return a list of strings, one per frame, folding long repeats."""
        lines = []
        previous = None
        repeats = 0
        for fs in self:
            text = self.format_frame_summary(fs)
            if text is None:
                continue
            key = (fs.filename, fs.lineno, fs.name)
            if key != previous:
                _note_repeats(lines, repeats)
                previous = key
                repeats = 0
            repeats += 1
            if repeats <= _FOLD_AFTER:
                lines.append(text)
        _note_repeats(lines, repeats)
        return lines


def _note_repeats(lines, repeats):
    extra = repeats - _FOLD_AFTER
    if extra > 0:
        plural = "s" if extra > 1 else ""
        lines.append(f'  [Previous line repeated {extra} more time{plural}]\n')


def _underline(fs, code_line):
    """Marker line under the failing range, when positions are known: '^' under the range,
    or '~' with '^' under the operator of a binary operation or a subscript's brackets."""
    if fs.colno is None or fs.end_colno is None:
        return None
    multiline = fs.end_lineno is not None and fs.end_lineno != fs.lineno
    raw = fs._raw_line
    marks = _markers(raw, fs.colno, fs.end_colno, multiline)
    if marks is None:
        return None
    # CPython measures the indentation with the line's newline included, so a cached line
    # without one (source registered by hand) gets its markers one column further right.
    shift = '' if raw.endswith('\n') else ' '
    return '    ' + shift + marks + '\n'


# ---------------------------------------------------------------------------
# "Did you mean" suggestions

_MAX_CANDIDATES = 750
_MAX_NAME = 40
_STEP = 2      # cost of inserting, deleting or replacing a character
_CASE_STEP = 1  # cost of replacing a character by its other case

_KNOWN_STDLIB = frozenset('''
abc argparse array ast asyncio atexit base64 binascii bisect builtins bz2
calendar cmath codecs collections colorsys contextlib copy copyreg csv
ctypes dataclasses datetime decimal difflib dis email enum errno fnmatch
fractions functools gc getopt getpass gettext glob graphlib gzip hashlib
heapq hmac html http importlib inspect io ipaddress itertools json keyword
linecache locale logging lzma marshal math mimetypes multiprocessing
numbers operator os pathlib pickle platform pprint queue random re reprlib
secrets select shelve shlex shutil signal socket sqlite3 statistics string
struct subprocess sys sysconfig tarfile tempfile textwrap threading time
timeit tokenize traceback types typing unicodedata unittest urllib uuid
warnings weakref xml zipfile zlib zoneinfo
'''.split())


def _edit_cost(a, b, ceiling):
    """Weighted edit distance; any value above ceiling means 'too far'."""
    if a == b:
        return 0
    # drop shared head and tail, they cost nothing
    lo = 0
    while lo < len(a) and lo < len(b) and a[lo] == b[lo]:
        lo += 1
    a, b = a[lo:], b[lo:]
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    if not a or not b:
        return (len(a) + len(b)) * _STEP
    if len(a) > _MAX_NAME or len(b) > _MAX_NAME:
        return ceiling + 1
    if abs(len(a) - len(b)) * _STEP > ceiling:
        return ceiling + 1
    row = [i * _STEP for i in range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        prev_diag = row[0]
        row[0] = i * _STEP
        best = row[0]
        for j, cb in enumerate(b, 1):
            if ca == cb:
                swap = 0
            elif ca.lower() == cb.lower():
                swap = _CASE_STEP
            else:
                swap = _STEP
            value = min(prev_diag + swap, row[j] + _STEP, row[j - 1] + _STEP)
            prev_diag = row[j]
            row[j] = value
            if value < best:
                best = value
        if best > ceiling:
            return ceiling + 1
    return row[-1]


def _imported_name(exc, want_module=False):
    # 'name_from' (or 'name' for the module); Ferrython may not set these
    # attributes yet, so fall back to the standard message text.
    value = getattr(exc, 'name' if want_module else 'name_from', None)
    if value is None:
        text = str(exc)
        head = "cannot import name '"
        if text.startswith(head) and "' from '" in text:
            wanted, _, rest = text[len(head):].partition("' from '")
            value = rest.split("'", 1)[0] if want_module else wanted
    return value


def _suggest(exc_value, tb, wrong):
    if not isinstance(wrong, str):
        return None
    if isinstance(exc_value, AttributeError):  # attributes of obj
        try:
            pool = dir(exc_value.obj)
        except Exception:
            return None
    elif isinstance(exc_value, ImportError):  # names of the module
        try:
            pool = dir(__import__(_imported_name(exc_value, True)))
        except Exception:
            return None
    else:
        if tb is None:
            return None
        while tb.tb_next:
            tb = tb.tb_next
        frame = tb.tb_frame
        try:
            local_ns = frame.f_locals
            pool = (list(local_ns) + list(frame.f_globals)
                    + list(frame.f_builtins))
        except Exception:
            return None
        if 'self' in local_ns and hasattr(local_ns['self'], wrong):
            return f"self.{wrong}"
    if len(pool) > _MAX_CANDIDATES or len(wrong) > _MAX_NAME:
        return None
    best_name = None
    best_cost = len(wrong)
    for candidate in pool:
        if candidate == wrong:
            continue
        allowed = (len(candidate) + len(wrong) + 3) * _STEP // 6
        allowed = min(allowed, best_cost - 1)
        cost = _edit_cost(wrong, candidate, allowed)
        if cost > allowed:
            continue
        if best_name is None or cost < best_cost:
            best_name, best_cost = candidate, cost
    return best_name


# ---------------------------------------------------------------------------
# TracebackException

class _Layout:
    """Indentation state while formatting nested exception groups."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def pad(self):
        return '  ' * self.depth

    def emit(self, chunks, margin=None):
        prefix = self.pad()
        if self.depth:
            prefix += (margin or '|') + ' '
        if isinstance(chunks, str):
            chunks = (chunks,)
        for chunk in chunks:
            for piece in chunk.splitlines(True):
                yield prefix + piece


class TracebackException:
    """A snapshot of an exception, ready to be rendered later."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False,
                 compact=False, max_group_width=15,
                 max_group_depth=10, _seen=None):
        nested = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width, self.max_group_depth = (max_group_width,
                                                      max_group_depth)
        self.stack = StackSummary._from_positions(
            _tb_positions(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _as_text(exc_value, 'exception')
        try:
            self.__notes__ = getattr(exc_value, "__notes__", None)
        except Exception as err:
            self.__notes__ = [
                f'Ignored error getting __notes__: '
                f'{_as_text(err, "__notes__", repr)}']
        self._is_syntax_error = False
        self._have_exc_type = exc_type is not None
        if exc_type is not None:
            self.exc_type_qualname = exc_type.__qualname__
            self.exc_type_module = exc_type.__module__
        else:
            self.exc_type_qualname = None
            self.exc_type_module = None
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self._grab_syntax_details(exc_value)
        elif (exc_type is not None and issubclass(exc_type, ImportError)
              and _imported_name(exc_value) is not None):
            hint = _suggest(exc_value, exc_traceback,
                            _imported_name(exc_value))
            if hint:
                self._str += f". Did you mean: '{hint}'?"
        elif (exc_type is not None
              and issubclass(exc_type, (NameError, AttributeError))
              and getattr(exc_value, 'name', None) is not None):
            missing = exc_value.name
            hint = _suggest(exc_value, exc_traceback, missing)
            if hint:
                self._str += f". Did you mean: '{hint}'?"
            if issubclass(exc_type, NameError):  # maybe an unimported module
                known = getattr(sys, 'stdlib_module_names', _KNOWN_STDLIB)
                if missing in known:
                    if hint:
                        self._str += f" Or did you forget to import '{missing}'"
                    else:
                        self._str += f". Did you forget to import '{missing}'"
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if nested:
            return
        options = {'limit': limit, 'lookup_lines': lookup_lines,
                   'capture_locals': capture_locals, '_seen': _seen,
                   'max_group_width': max_group_width,
                   'max_group_depth': max_group_depth}
        pending = [(self, exc_value)]
        while pending:
            snap, real = pending.pop()
            cause = context = members = None
            if real is not None:
                linked = real.__cause__
                if linked is not None and id(linked) not in _seen:
                    cause = TracebackException(type(linked), linked,
                                               linked.__traceback__, **options)
                want_context = (not compact or
                                (cause is None and not real.__suppress_context__))
                linked = real.__context__
                if (want_context and linked is not None
                        and id(linked) not in _seen):
                    context = TracebackException(type(linked), linked,
                                                 linked.__traceback__, **options)
                if isinstance(real, BaseExceptionGroup):
                    members = [TracebackException(type(sub), sub,
                                                  sub.__traceback__, **options)
                               for sub in real.exceptions]
            snap.__cause__ = cause
            snap.__context__ = context
            snap.exceptions = members
            if cause is not None:
                pending.append((cause, real.__cause__))
            if context is not None:
                pending.append((context, real.__context__))
            if members:
                pending.extend(zip(members, real.exceptions))

    def _grab_syntax_details(self, exc):
        fields = ('filename', 'lineno', 'offset', 'text', 'end_lineno',
                  'end_offset')
        values = {name: getattr(exc, name, _MISSING) for name in fields}
        message = getattr(exc, 'msg', _MISSING)
        if _MISSING in values.values() or message is _MISSING:
            # fall back to the constructor arguments
            args = exc.args
            if message is _MISSING:
                message = args[0] if args else None
            details = ()
            if len(args) > 1 and isinstance(args[1], tuple):
                details = args[1]
            for pos, name in enumerate(fields):
                if values[name] is _MISSING:
                    values[name] = details[pos] if pos < len(details) else None
        self.filename = values['filename']
        first = values['lineno']
        self.lineno = None if first is None else str(first)
        last = values['end_lineno']
        self.end_lineno = None if last is None else str(last)
        self.text = values['text']
        self.offset = values['offset']
        self.end_offset = values['end_offset']
        self.msg = message
        self._is_syntax_error = True

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception instance."""
        tb = exc.__traceback__
        return cls(type(exc), exc, tb, *args, **kwargs)

    def _load_lines(self):
        for entry in self.stack:
            entry.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return vars(self) == vars(other)
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the 'Type: message' line(s), notes included."""
        if self.exc_type is None:  # formatting "None"
            yield _final_line(None, self._str)
            return
        label = self.exc_type_qualname
        module = self.exc_type_module
        if module not in ("__main__", "builtins"):
            if not isinstance(module, str):
                module = "<unknown>"
            label = f"{module}.{label}"
        if self._is_syntax_error:
            yield from self._syntax_lines(label)
        else:
            yield _final_line(label, self._str)
        notes = self.__notes__
        if (isinstance(notes, collections.abc.Sequence)
                and not isinstance(notes, (str, bytes))):
            for note in notes:
                for piece in _as_text(note, 'note').split('\n'):
                    yield piece + '\n'
        elif notes is not None:
            yield _as_text(notes, '__notes__', repr) + '\n'

    def _syntax_lines(self, label):
        suffix = ''
        if self.lineno is not None:  # a location is known
            yield f'  File "{self.filename or "<string>"}", line {self.lineno}\n'
        elif self.filename is not None:  # only the file is known
            suffix = f' ({self.filename})'
        source = self.text
        if source is not None:
            trimmed = source.rstrip('\n')
            body = trimmed.lstrip(' \n\f')
            lead = len(trimmed) - len(body)
            yield f'    {body}\n'
            start = self.offset
            if start is not None:
                stop = self.end_offset
                if stop is None or stop == 0:
                    stop = start
                overflow = start - (len(trimmed) + 1)
                if overflow > 0:
                    start -= overflow
                    stop -= overflow
                if stop == start or stop == -1:
                    stop = start + 1
                first = start - 1 - lead
                last = stop - 1 - lead
                if first >= 0:
                    gap = ''.join(ch if ch.isspace() else ' '
                                  for ch in body[:first])
                    yield f'    {gap}{"^" * (last - first)}\n'
        yield f'{label}: {self.msg or "<no detail available>"}{suffix}\n'

    def format(self, *, chain=True, _ctx=None):
        """Yield the lines of the full report, chained exceptions first."""
        layout = _Layout() if _ctx is None else _ctx
        sequence = []
        node = self
        while node is not None:
            if not chain:
                sequence.append((None, node))
                break
            if node.__cause__ is not None:
                header, following = _CAUSE_HEADER, node.__cause__
            elif (node.__context__ is not None
                  and not node.__suppress_context__):
                header, following = _CONTEXT_HEADER, node.__context__
            else:
                header, following = None, None
            sequence.append((header, node))
            node = following
        for header, node in reversed(sequence):
            if header is not None:
                yield from layout.emit(header)
            if node.exceptions is None:
                if node.stack:
                    yield from layout.emit('Traceback (most recent call last):\n')
                    yield from layout.emit(node.stack.format())
                yield from layout.emit(node.format_exception_only())
            elif layout.depth > self.max_group_depth:
                deepest = self.max_group_depth
                yield from layout.emit(f"... (max_group_depth is {deepest})\n")
            else:
                yield from self._group_lines(node, layout, chain)

    def _group_lines(self, node, layout, chain):
        outermost = layout.depth == 0
        if outermost:
            layout.depth += 1
        if node.stack:
            yield from layout.emit(
                'Exception Group Traceback (most recent call last):\n',
                margin='+' if outermost else None)
            yield from layout.emit(node.stack.format())
        yield from layout.emit(node.format_exception_only())
        total = len(node.exceptions)
        width = self.max_group_width
        shown = total if total <= width else width + 1
        layout.need_close = False
        for index in range(shown):
            final = index == shown - 1
            if final:
                layout.need_close = True
            cut = width is not None and index >= width
            title = '...' if cut else str(index + 1)
            corner = '+-' if index == 0 else '  '
            yield (f"{layout.pad()}{corner}+{'-' * 16} {title} {'-' * 16}\n")
            layout.depth += 1
            if cut:
                left = total - width
                yield from layout.emit(
                    f"and {left} more exception{'s' if left > 1 else ''}\n")
            else:
                yield from node.exceptions[index].format(chain=chain,
                                                         _ctx=layout)
            if final and layout.need_close:
                yield f"{layout.pad()}+{'-' * 36}\n"
                layout.need_close = False
            layout.depth -= 1
        if outermost:
            layout.depth = 0

    def print(self, *, file=None, chain=True):
        """Print the formatted report to file (default stderr)."""
        out = sys.stderr if file is None else file
        for text in self.format(chain=chain):
            print(text, file=out, end="")
