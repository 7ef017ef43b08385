"""Extract, format and print stack traces and exceptions, as the interpreter does."""

import collections.abc
import itertools
import linecache
import sys
import textwrap

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']


# ---------------------------------------------------------------------------
# Module-level helpers built on StackSummary / TracebackException

def print_list(extracted_list, file=None):
    """Print a list of FrameSummary objects or (file, line, name, text) tuples."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """Format a list of frames as strings ready for printing."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print up to limit entries of the traceback tb."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """Format the entries of a traceback as a list of strings."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """Return a StackSummary for the entries of a traceback object."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")

_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception and its traceback (and chained exceptions) to file."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Return the lines print_exception would print, as a list of strings."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Return the final 'Type: message' line(s) of an exception (plus notes)."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    text = _safe_string(value, 'exception')
    if value is None or not text:
        return f"{etype}\n"
    return f"{etype}: {text}\n"


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Return the exception being handled, formatted as one string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the last exception left by the interactive interpreter."""
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    elif hasattr(sys, "last_type"):
        print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                        limit=limit, file=file, chain=chain)
    else:
        raise ValueError("no last exception")


def print_stack(f=None, limit=None, file=None):
    """Print the stack leading to frame f (default: the caller)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """Format the stack leading to frame f (default: the caller)."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """Return a StackSummary of the stack leading to frame f, outermost first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear the local variables of every frame in a traceback."""
    while tb is not None:
        frame = getattr(tb, "tb_frame", None)
        clear = getattr(frame, "clear", None)
        if clear is not None:
            try:
                clear()
            except RuntimeError:
                pass
        tb = tb.tb_next


# ---------------------------------------------------------------------------
# Frames and stacks

class FrameSummary:
    """One entry of a stack: filename, lineno, name, line (and maybe locals)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        if locals:
            self.locals = {k: _safe_string(v, 'local', func=repr)
                           for k, v in locals.items()}
        else:
            self.locals = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    __hash__ = None

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        # The source line with its indentation and trailing newline intact.
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yield (frame, lineno) for f and each frame that called it."""
    if f is None:
        try:
            f = sys._getframe().f_back.f_back.f_back.f_back
        except AttributeError:
            f = None
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class _MissingCode:
    co_filename = "<unknown>"
    co_name = "<unknown>"


class _MissingFrame:
    """Stands in for tb_frame on interpreters whose tracebacks lack it."""
    f_code = _MissingCode()
    f_globals = {}
    f_locals = {}
    f_back = None

    def __init__(self, lineno):
        self.f_lineno = lineno


def _walk_tb_with_full_positions(tb):
    # (frame, (lineno, end_lineno, colno, end_colno)) for each entry.
    while tb is not None:
        frame = getattr(tb, "tb_frame", None)
        if frame is None:
            frame = _MissingFrame(tb.tb_lineno)
            positions = (None, None, None, None)
        else:
            positions = _get_code_position(frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            positions = (tb.tb_lineno,) + tuple(positions[1:])
        yield frame, positions
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    if instruction_index is None or instruction_index < 0:
        return (None, None, None, None)
    get_positions = getattr(code, "co_positions", None)
    if get_positions is None:
        return (None, None, None, None)
    try:
        return next(itertools.islice(get_positions(), instruction_index // 2, None))
    except StopIteration:
        return (None, None, None, None)


_RECURSIVE_CUTOFF = 3


class StackSummary(list):
    """A list of FrameSummary objects, formattable as a traceback."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Build a StackSummary from an iterable of (frame, lineno) pairs."""
        def with_positions():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)

        return klass._extract_from_extended_frame_gen(
            with_positions(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                frame_gen = itertools.islice(frame_gen, limit)
            else:
                frame_gen = collections.deque(frame_gen, maxlen=-limit)

        result = klass()
        filenames = set()
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            code = f.f_code
            filename = code.co_filename
            filenames.add(filename)
            try:
                linecache.lazycache(filename, f.f_globals)
            except Exception:
                pass
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(
                filename, lineno, code.co_name, lookup_line=False,
                locals=f_locals, end_lineno=end_lineno, colno=colno,
                end_colno=end_colno))
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Build a StackSummary from FrameSummary objects or 4-tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """Return the text for one frame: location, source line, markers, locals."""
        parts = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped = frame_summary.line.strip()
            parts.append(f'    {stripped}\n')
            markers = _marker_line(frame_summary, stripped)
            if markers is not None:
                parts.append(markers)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                parts.append(f'    {name} = {value}\n')
        return ''.join(parts)

    def format(self):
        """Return one string per frame, folding long runs of a repeated frame."""
        result = []
        last = None
        count = 0
        for frame_summary in self:
            text = self.format_frame_summary(frame_summary)
            if text is None:
                continue
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if last is None or key != last or None in key:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(text)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
        return result


def _repeated_line(n):
    return f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n'


# ---------------------------------------------------------------------------
# Position markers (the ^^^ and ~~~ lines under a source line)

def _byte_offset_to_character_offset(s, offset):
    return len(s.encode('utf-8')[:offset].decode('utf-8', errors='replace'))


def _display_width(text, offset):
    """Columns taken by text[:offset] on a terminal (wide characters count 2)."""
    if text.isascii():
        return offset
    try:
        import unicodedata
    except ImportError:
        return offset
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1
               for ch in text[:offset])


def _marker_line(fs, stripped):
    if fs.colno is None or fs.end_colno is None:
        return None
    line = fs._original_line
    indent = len(line) - len(fs.line.lstrip())
    start = _byte_offset_to_character_offset(line, fs.colno)
    end = _byte_offset_to_character_offset(line, fs.end_colno)
    segment = line[start:end]
    anchors = None
    if fs.lineno == fs.end_lineno:
        try:
            anchors = _caret_anchors(segment)
        except Exception:
            anchors = None
    else:
        end = len(line.rstrip())
    if not (end - start < len(stripped) or (anchors and anchors[1] > anchors[0])):
        return None
    dp_start = _display_width(line, start) + 1
    dp_end = _display_width(line, end) + 1
    out = ['    ', ' ' * (dp_start - indent)]
    if anchors:
        left = _display_width(segment, anchors[0])
        right = _display_width(segment, anchors[1])
        out.append('~' * left)
        out.append('^' * (right - left))
        out.append('~' * (dp_end - dp_start - right))
    else:
        out.append('^' * (dp_end - dp_start))
    out.append('\n')
    return ''.join(out)


_KEYWORDS = frozenset("""False None True and as assert async await break class
    continue def del elif else except finally for from global if import in is
    lambda nonlocal not or pass raise return try while with yield""".split())
_VALUE_KEYWORDS = frozenset(("True", "False", "None"))
_STRING_PREFIXES = frozenset(("r", "u", "b", "f", "br", "rb", "fr", "rf"))
_BINOP_PRECEDENCE = {'|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5,
                     '*': 6, '/': 6, '//': 6, '%': 6, '@': 6, '**': 8}
_OPERATORS = sorted("""** // << >> <= >= == != -> := += -= *= /= %= &= |= ^= @=
    **= //= >>= <<= ... + - * / % @ & | ^ ~ < > = . , : ; ! ?""".split(),
                    key=len, reverse=True)


def _skip_string(seg, i, fstring):
    """Index just past the string literal whose opening quote is at seg[i], or -1."""
    quote = seg[i]
    if seg.startswith(quote * 3, i):
        term = quote * 3
    else:
        term = quote
    i += len(term)
    n = len(seg)
    depth = 0
    while i < n:
        c = seg[i]
        if depth == 0:
            if c == '\\':
                i += 2
                continue
            if seg.startswith(term, i):
                return i + len(term)
            if fstring and c == '{':
                if seg.startswith('{{', i):
                    i += 2
                    continue
                depth = 1
        else:
            if c in '\'"':
                j = _skip_string(seg, i, False)
                if j < 0:
                    return -1
                i = j
                continue
            if c in '{[(':
                depth += 1
            elif c in '}])':
                depth -= 1
        i += 1
    return -1


def _tokenize_segment(seg):
    """Split an expression into (kind, start, end, text) tokens, or None."""
    tokens = []
    i = 0
    n = len(seg)
    while i < n:
        c = seg[i]
        if c.isspace() or c == '\\':
            i += 1
            continue
        if c == '#':
            break
        start = i
        if c.isalpha() or c == '_' or ord(c) > 127:
            while i < n and (seg[i].isalnum() or seg[i] == '_' or ord(seg[i]) > 127):
                i += 1
            word = seg[start:i]
            if i < n and seg[i] in '\'"' and word.lower() in _STRING_PREFIXES:
                i = _skip_string(seg, i, 'f' in word.lower())
                if i < 0:
                    return None
                tokens.append(('str', start, i, seg[start:i]))
            elif word in _KEYWORDS:
                tokens.append(('kw', start, i, word))
            else:
                tokens.append(('name', start, i, word))
            continue
        if c.isdigit() or (c == '.' and i + 1 < n and seg[i + 1].isdigit()):
            hexlike = seg.startswith(('0x', '0X'), i)
            while i < n:
                ch = seg[i]
                if ch.isalnum() or ch in '._':
                    i += 1
                elif ch in '+-' and seg[i - 1] in 'eE' and not hexlike:
                    i += 1
                else:
                    break
            tokens.append(('num', start, i, seg[start:i]))
            continue
        if c in '\'"':
            i = _skip_string(seg, i, False)
            if i < 0:
                return None
            tokens.append(('str', start, i, seg[start:i]))
            continue
        if c in '([{':
            tokens.append(('open', i, i + 1, c))
            i += 1
            continue
        if c in ')]}':
            tokens.append(('close', i, i + 1, c))
            i += 1
            continue
        for op in _OPERATORS:
            if seg.startswith(op, i):
                tokens.append(('op', i, i + len(op), op))
                i += len(op)
                break
        else:
            return None
    return tokens


def _ends_operand(tok):
    kind, _, _, text = tok
    return (kind in ('name', 'num', 'str', 'close')
            or (kind == 'kw' and text in _VALUE_KEYWORDS))


def _caret_anchors(segment):
    """(left, right) offsets of the highlighted operator or subscript in an
    expression segment, or None when it is neither a binary operation nor a
    subscript."""
    toks = _tokenize_segment(segment)
    if not toks:
        return None
    # Match brackets; note the depth of each token.
    match = {}
    depth = []
    stack = []
    for k, tok in enumerate(toks):
        if tok[0] == 'open':
            depth.append(len(stack))
            stack.append(k)
        elif tok[0] == 'close':
            if not stack:
                return None
            j = stack.pop()
            match[j] = k
            match[k] = j
            depth.append(len(stack))
        else:
            depth.append(len(stack))
    if stack:
        return None

    def is_group(open_k):
        # A parenthesised expression (not a call, tuple or generator).
        if toks[open_k][3] != '(':
            return False
        if open_k > 0 and _ends_operand(toks[open_k - 1]):
            return False
        close_k = match[open_k]
        if close_k == open_k + 1:
            return False
        inner = depth[open_k] + 1
        for k in range(open_k + 1, close_k):
            if depth[k] == inner and toks[k][3] in (',', 'for', 'async', 'yield'):
                return False
        return True

    def inner_end(k):
        while toks[k][0] == 'close' and is_group(match[k]):
            k -= 1
        return toks[k][2]

    def inner_start(k):
        while toks[k][0] == 'open' and is_group(k):
            k += 1
        return toks[k][1]

    binops = []
    for k, tok in enumerate(toks):
        if depth[k] != 0 or tok[0] == 'open' or tok[0] == 'close':
            continue
        kind, _, _, text = tok
        if kind == 'kw' and text not in _VALUE_KEYWORDS and not (text == 'await' and k == 0):
            return None
        if kind != 'op':
            continue
        if text in _BINOP_PRECEDENCE:
            if k > 0 and _ends_operand(toks[k - 1]):
                binops.append(k)
            elif text not in ('+', '-', '~'):
                return None
        elif text in ('~',):
            continue
        elif text in ('.',):
            continue
        else:
            return None

    first = toks[0]
    prefix_unary = first[0] == 'op' and first[3] in ('+', '-', '~')
    if binops:
        low = min(_BINOP_PRECEDENCE[toks[k][3]] for k in binops)
        if prefix_unary and low == _BINOP_PRECEDENCE['**']:
            return None
        chosen = [k for k in binops if _BINOP_PRECEDENCE[toks[k][3]] == low]
        root = chosen[0] if low == _BINOP_PRECEDENCE['**'] else chosen[-1]
        if root + 1 >= len(toks):
            return None
        left_end = inner_end(root - 1)
        right_start = inner_start(root + 1)
        op_text = segment[left_end:right_start]
        op_offset = len(op_text) - len(op_text.lstrip())
        # CPython counts from the left operand's end in UTF-8 bytes here and
        # converts back to characters at the end; do the same so that lines
        # with non-ASCII text get identical markers.
        left = len(segment[:left_end].encode('utf-8')) + op_offset
        right = left + 1
        if op_offset + 1 < len(op_text) and not op_text[op_offset + 1].isspace():
            right += 1
        while left < len(segment) and (segment[left].isspace() or segment[left] in ")#"):
            left += 1
            right += 1
        return (_byte_offset_to_character_offset(segment, left),
                _byte_offset_to_character_offset(segment, right))

    if prefix_unary or first[3] == 'await':
        return None
    last = toks[-1]
    if last[3] != ']':
        return None
    open_k = match[len(toks) - 1]
    if open_k == 0 or not _ends_operand(toks[open_k - 1]):
        return None
    return (toks[open_k][1], last[2])


# ---------------------------------------------------------------------------
# Exceptions

class _ExceptionPrintContext:
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        prefix = self.indent()
        if self.exception_group_depth:
            prefix += margin_char + ' '
        if isinstance(text_gen, str):
            text_gen = (text_gen,)
        for text in text_gen:
            yield textwrap.indent(text, prefix, lambda line: True)


class TracebackException:
    """A snapshot of an exception (type, message, stack, chain) for rendering."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        top_level = _seen is None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))

        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback),
            limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)

        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = getattr(exc_value, 'filename', None)
            lno = getattr(exc_value, 'lineno', None)
            self.lineno = str(lno) if lno is not None else None
            end_lno = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = getattr(exc_value, 'text', None)
            self.offset = getattr(exc_value, 'offset', None)
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = getattr(exc_value, 'msg', None)
        elif (exc_type and issubclass(exc_type, ImportError)
              and getattr(exc_value, "name_from", None) is not None):
            suggestion = _compute_suggestion_error(
                exc_value, exc_traceback, getattr(exc_value, "name_from", None))
            if suggestion:
                self._str += f". Did you mean: '{suggestion}'?"
        elif (exc_type and issubclass(exc_type, (NameError, AttributeError))
              and getattr(exc_value, "name", None) is not None):
            wrong_name = getattr(exc_value, "name", None)
            suggestion = _compute_suggestion_error(exc_value, exc_traceback, wrong_name)
            if suggestion:
                self._str += f". Did you mean: '{suggestion}'?"
            if issubclass(exc_type, NameError) and wrong_name in _stdlib_module_names():
                if suggestion:
                    self._str += f" Or did you forget to import '{wrong_name}'"
                else:
                    self._str += f". Did you forget to import '{wrong_name}'"
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)

        if not top_level:
            # The outermost instance converts the whole chain (iteratively).
            return
        options = dict(limit=limit, lookup_lines=lookup_lines,
                       capture_locals=capture_locals,
                       max_group_width=max_group_width,
                       max_group_depth=max_group_depth, _seen=_seen)
        pending = [(self, exc_value)]
        while pending:
            te, e = pending.pop()
            cause = context = exceptions = None
            if e and e.__cause__ is not None and id(e.__cause__) not in _seen:
                c = e.__cause__
                cause = TracebackException(type(c), c, c.__traceback__, **options)
            if compact:
                need_context = (cause is None and e is not None
                                and not e.__suppress_context__)
            else:
                need_context = True
            if (e and e.__context__ is not None and need_context
                    and id(e.__context__) not in _seen):
                c = e.__context__
                context = TracebackException(type(c), c, c.__traceback__, **options)
            if e and isinstance(e, BaseExceptionGroup):
                exceptions = [TracebackException(type(x), x, x.__traceback__, **options)
                              for x in e.exceptions]
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                pending.append((cause, e.__cause__))
            if context:
                pending.append((context, e.__context__))
            if exceptions:
                pending.extend(zip(exceptions, e.exceptions))

    __cause__ = None
    __context__ = None
    exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Build a TracebackException from an exception instance."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the 'Type: message' line(s), then the exception's notes."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if issubclass(self.exc_type, SyntaxError):
            yield from self._format_syntax_error(stype)
        else:
            yield _format_final_exc_line(stype, self._str)
        notes = self.__notes__
        if (isinstance(notes, collections.abc.Sequence)
                and not isinstance(notes, (str, bytes))):
            for note in notes:
                note = _safe_string(note, 'note')
                for piece in note.split('\n'):
                    yield piece + '\n'
        elif notes is not None:
            yield "{}\n".format(_safe_string(notes, '__notes__', func=repr))

    def _format_syntax_error(self, stype):
        suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in (None, 0) else offset
                if offset > len(text):
                    offset = len(text) + 1
                if end_offset > len(text):
                    end_offset = len(text) + 1
                if offset >= end_offset or end_offset < 0:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    # Keep tabs and other whitespace so the caret lines up.
                    pad = "".join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}\n'.format(pad, '^' * (end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, suffix)

    def format(self, *, chain=True, _ctx=None):
        """Yield the lines of the full report: chained exceptions, tracebacks, message."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    link = (_cause_message, exc.__cause__)
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    link = (_context_message, exc.__context__)
                else:
                    link = (None, None)
                output.append((link[0], exc))
                exc = link[1]
        else:
            output.append((None, exc))

        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from self._format_group(exc, chain, _ctx)

    def _format_group(self, exc, chain, _ctx):
        toplevel = _ctx.exception_group_depth == 0
        if toplevel:
            _ctx.exception_group_depth += 1
        if exc.stack:
            yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                 margin_char='+' if toplevel else None)
            yield from _ctx.emit(exc.stack.format())
        yield from _ctx.emit(exc.format_exception_only())
        total = len(exc.exceptions)
        width = self.max_group_width
        shown = total if total <= width else width + 1
        _ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                _ctx.need_close = True
            truncated = width is not None and i >= width
            title = '...' if truncated else f'{i + 1}'
            yield (_ctx.indent() + ('+-' if i == 0 else '  ') +
                   f'+---------------- {title} ----------------\n')
            _ctx.exception_group_depth += 1
            if truncated:
                remaining = total - width
                yield from _ctx.emit(
                    f"and {remaining} more exception{'s' if remaining > 1 else ''}\n")
            else:
                yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
            if last and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if toplevel:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Write the formatted report to file (default sys.stderr)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


# ---------------------------------------------------------------------------
# "Did you mean" suggestions for NameError, AttributeError and ImportError

_MAX_CANDIDATE_ITEMS = 750
_MAX_STRING_SIZE = 40
_MOVE_COST = 2
_CASE_COST = 1


def _compute_suggestion_error(exc_value, tb, wrong_name):
    if wrong_name is None or not isinstance(wrong_name, str):
        return None
    if isinstance(exc_value, AttributeError):
        try:
            obj = exc_value.obj
        except AttributeError:
            return None
        try:
            candidates = dir(obj)
        except Exception:
            return None
    elif isinstance(exc_value, ImportError):
        try:
            candidates = dir(__import__(exc_value.name))
        except Exception:
            return None
    else:
        if tb is None:
            return None
        while tb.tb_next is not None:
            tb = tb.tb_next
        frame = getattr(tb, "tb_frame", None)
        if frame is None:
            return None
        f_locals = frame.f_locals
        builtins_ns = getattr(frame, "f_builtins", None)
        if builtins_ns is None:
            import builtins
            builtins_ns = vars(builtins)
        candidates = list(f_locals) + list(frame.f_globals) + list(builtins_ns)
        if 'self' in f_locals and hasattr(f_locals['self'], wrong_name):
            return f"self.{wrong_name}"
    if len(candidates) > _MAX_CANDIDATE_ITEMS:
        return None
    size = len(wrong_name)
    if size > _MAX_STRING_SIZE:
        return None
    best = None
    best_distance = size
    for name in candidates:
        if name == wrong_name:
            continue
        # At most about a third of the characters may differ.
        limit = min((len(name) + size + 3) * _MOVE_COST // 6, best_distance - 1)
        distance = _levenshtein_distance(wrong_name, name, limit)
        if distance > limit:
            continue
        if not best or distance < best_distance:
            best = name
            best_distance = distance
    return best


def _levenshtein_distance(a, b, max_cost):
    """Weighted edit distance (case change 1, other edits 2); anything above
    max_cost is reported as max_cost + 1."""
    if a == b:
        return 0
    # Common prefixes and suffixes cost nothing.
    lo = 0
    while lo < len(a) and lo < len(b) and a[lo] == b[lo]:
        lo += 1
    a, b = a[lo:], b[lo:]
    hi = 0
    while hi < len(a) and hi < len(b) and a[-1 - hi] == b[-1 - hi]:
        hi += 1
    if hi:
        a, b = a[:-hi], b[:-hi]
    if not a or not b:
        return _MOVE_COST * (len(a) + len(b))
    if len(a) > _MAX_STRING_SIZE or len(b) > _MAX_STRING_SIZE:
        return max_cost + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * _MOVE_COST > max_cost:
        return max_cost + 1
    # prev[j]: cost of turning b[:i] into a[:j+1], one row at a time.
    prev = [(j + 1) * _MOVE_COST for j in range(len(a))]
    cost = 0
    for i, bc in enumerate(b):
        diagonal = i * _MOVE_COST
        left = (i + 1) * _MOVE_COST
        row_min = None
        for j, ac in enumerate(a):
            if ac == bc:
                sub = 0
            elif ac.lower() == bc.lower():
                sub = _CASE_COST
            else:
                sub = _MOVE_COST
            up = prev[j]
            cost = min(diagonal + sub, up + _MOVE_COST, left + _MOVE_COST)
            diagonal = up
            prev[j] = left = cost
            if row_min is None or cost < row_min:
                row_min = cost
        if row_min > max_cost:
            return max_cost + 1
    return cost


def _stdlib_module_names():
    names = getattr(sys, "stdlib_module_names", None)
    if names is None:
        names = _STDLIB_MODULE_NAMES
    return names


# The standard library's top-level module names (CPython 3.12).
_STDLIB_MODULE_NAMES = frozenset("""
    __future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bz2 _codecs _codecs_cn
    _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections
    _collections_abc _compat_pickle _compression _contextvars _crypt _csv _ctypes _curses
    _curses_panel _datetime _dbm _decimal _elementtree _frozen_importlib
    _frozen_importlib_external _functools _gdbm _hashlib _heapq _imp _io _json _locale
    _lsprof _lzma _markupbase _md5 _msi _multibytecodec _multiprocessing _opcode _operator
    _osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc _pydatetime
    _pydecimal _pyio _pylong _queue _random _scproxy _sha1 _sha2 _sha3 _signal _sitebuiltins
    _socket _sqlite3 _sre _ssl _stat _statistics _string _strptime _struct _symtable _thread
    _threading_local _tkinter _tokenize _tracemalloc _typing _uuid _warnings _weakref
    _weakrefset _winapi _zoneinfo abc aifc antigravity argparse array ast asyncio atexit
    audioop base64 bdb binascii bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath
    cmd code codecs codeop collections colorsys compileall concurrent configparser
    contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm
    decimal difflib dis doctest email encodings ensurepip enum errno faulthandler fcntl
    filecmp fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass
    gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr
    importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale logging
    lzma mailbox mailcap marshal math mimetypes mmap modulefinder msilib msvcrt
    multiprocessing netrc nis nntplib nt ntpath nturl2path numbers opcode operator optparse
    os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform plistlib poplib
    posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat
    queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select
    selectors shelve shlex shutil signal site smtplib sndhdr socket socketserver spwd
    sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct
    subprocess sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile
    termios textwrap this threading time timeit tkinter token tokenize tomllib trace
    traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu
    uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc
    zipapp zipfile zipimport zlib zoneinfo
""".split())
