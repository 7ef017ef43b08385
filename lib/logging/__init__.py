"""Ferrython's event logging package.

An independent implementation of the documented behaviour of the standard
``logging`` module (loggers, handlers, filters and formatters).
"""

import io
import os
import re
import sys
import time
import traceback
import warnings
import weakref

try:
    import threading as _thr
except ImportError:          # Ferrython may run without a threading module
    _thr = None

try:
    from collections.abc import Mapping as _MappingABC
except ImportError:
    _MappingABC = dict

try:
    from types import GenericAlias as _GenericAlias
except ImportError:
    _GenericAlias = None

__all__ = [
    'BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
    'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
    'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
    'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
    'captureWarnings', 'critical', 'debug', 'disable', 'error',
    'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
    'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown', 'warn',
    'warning', 'getLogRecordFactory', 'setLogRecordFactory', 'lastResort',
    'raiseExceptions', 'getLevelNamesMapping', 'getHandlerByName',
    'getHandlerNames',
]

__version__ = "0.5.1.2"

# ---------------------------------------------------------------------------
# Module switches (documented public knobs)
# ---------------------------------------------------------------------------

_startTime = time.time()

raiseExceptions = True
# which optional LogRecord attributes get collected
logThreads = logProcesses = logMultiprocessing = logAsyncioTasks = True

# ---------------------------------------------------------------------------
# Severity levels
# ---------------------------------------------------------------------------

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

# number -> text and text -> number tables
_LEVEL_TO_TEXT = {50: 'CRITICAL', 40: 'ERROR', 30: 'WARNING',
                  20: 'INFO', 10: 'DEBUG', 0: 'NOTSET'}
_TEXT_TO_LEVEL = {'CRITICAL': 50, 'FATAL': 50, 'ERROR': 40, 'WARN': 30,
                  'WARNING': 30, 'INFO': 20, 'DEBUG': 10, 'NOTSET': 0}

# aliases some third-party code reaches for
_levelToName = _LEVEL_TO_TEXT
_nameToLevel = _TEXT_TO_LEVEL


def getLevelNamesMapping():
    """Return a fresh dict mapping level names to numbers."""
    return dict(_TEXT_TO_LEVEL)


def getLevelName(level):
    """Translate a level number to its name, or a name to its number.

    Unknown values come back as ``"Level %s" % level``.
    """
    found = _LEVEL_TO_TEXT.get(level)
    if found is not None:
        return found
    found = _TEXT_TO_LEVEL.get(level)
    if found is not None:
        return found
    return "Level %s" % (level,)


def addLevelName(level, levelName):
    """Register (or rename) a textual name for a numeric level."""
    with _module_lock:
        _LEVEL_TO_TEXT[level] = levelName
        _TEXT_TO_LEVEL[levelName] = level


def _coerce_level(level):
    """Normalise *level* (an int or a registered name) to an int."""
    if isinstance(level, str):
        number = _TEXT_TO_LEVEL.get(level)
        if number is None:
            raise ValueError("Unknown level: %r" % level)
        return number
    elif isinstance(level, int):
        return level
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


_checkLevel = _coerce_level


# ---------------------------------------------------------------------------
# Locking (degrades to a no-op when there is no threading support)
# ---------------------------------------------------------------------------

class _DummyLock:
    """Stand-in for an RLock on single-threaded interpreters."""

    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def _new_rlock():
    if _thr is not None:
        return _thr.RLock()
    return _DummyLock()


_module_lock = _new_rlock()


def _acquireLock():
    _module_lock.acquire()


def _releaseLock():
    _module_lock.release()


# ---------------------------------------------------------------------------
# Frame inspection helpers
# ---------------------------------------------------------------------------

def currentframe():
    """Frame of the caller of this function (None if unsupported)."""
    getter = getattr(sys, '_getframe', None)
    if getter is None:
        return None
    try:
        return getter(1)
    except ValueError:
        return None


def _this_file():
    return _this_file.__code__.co_filename


_srcfile = _this_file()


def _frame_is_ours(frame):
    """True for frames that belong to this package or import machinery."""
    fname = frame.f_code.co_filename
    if fname == _srcfile:
        return True
    return 'importlib' in fname and '_bootstrap' in fname


_NO_CALLER = ("(unknown file)", 0, "(unknown function)", None)


def _first_user_frame(frame):
    """Walk outwards from *frame* past this package's own frames."""
    while frame is not None and _frame_is_ours(frame):
        frame = frame.f_back
    return frame


def _describe_caller(stack_info, stacklevel):
    """Locate the user frame *stacklevel* levels above the logging call."""
    frame = currentframe()
    if frame is None:
        return _NO_CALLER
    remaining = stacklevel
    while remaining > 0:
        older = frame.f_back
        if older is None:
            break
        frame = older
        if not _frame_is_ours(frame):
            remaining -= 1
    code = frame.f_code
    stack_text = None
    if stack_info:
        buf = io.StringIO()
        buf.write("Stack (most recent call last):\n")
        traceback.print_stack(frame, file=buf)
        stack_text = buf.getvalue()
        if stack_text.endswith('\n'):
            stack_text = stack_text[:-1]
    return code.co_filename, frame.f_lineno, code.co_name, stack_text


# ---------------------------------------------------------------------------
# LogRecord
# ---------------------------------------------------------------------------

def _thread_details():
    if not logThreads:
        return None, None
    if _thr is None:
        return None, 'MainThread'
    try:
        return _thr.get_ident(), _thr.current_thread().name
    except Exception:
        return None, 'MainThread'


def _process_name():
    if not logMultiprocessing:
        return None
    mp_mod = sys.modules.get("multiprocessing")
    if mp_mod is None:
        return 'MainProcess'
    try:
        return mp_mod.current_process().name
    except Exception:
        return 'MainProcess'


def _process_id():
    if not logProcesses:
        return None
    getpid = getattr(os, 'getpid', None)
    return getpid() if getpid is not None else None


def _task_name():
    if not logAsyncioTasks:
        return None
    aio = sys.modules.get('asyncio')
    if aio is None:
        return None
    try:
        return aio.current_task().get_name()
    except Exception:
        return None


class LogRecord(object):
    """One logged event together with everything known about it."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        stamp = time.time()
        # a lone non-empty mapping argument is used for %(key)s lookups
        if args and len(args) == 1:
            only = args[0]
            if isinstance(only, _MappingABC) and only:
                args = only
        try:
            base = os.path.basename(pathname)
            stem = os.path.splitext(base)[0]
        except (TypeError, ValueError, AttributeError):
            base, stem = pathname, 'Unknown module'
        tid, tname = _thread_details()
        vars(self).update(
            name=name, msg=msg, args=args,
            levelname=getLevelName(level), levelno=level,
            pathname=pathname, filename=base, module=stem,
            exc_info=exc_info, exc_text=None, stack_info=sinfo,
            lineno=lineno, funcName=func,
            created=stamp,
            msecs=float(int((stamp % 1) * 1000)),
            relativeCreated=(stamp - _startTime) * 1000,
            thread=tid, threadName=tname,
            processName=_process_name(), process=_process_id(),
            taskName=_task_name(),
        )

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """Merge ``msg`` with ``args`` using %-formatting."""
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


_recordFactory = LogRecord


def setLogRecordFactory(factory):
    """Install the callable used to build LogRecord objects."""
    global _recordFactory
    _recordFactory = factory


def getLogRecordFactory():
    """Return the callable used to build LogRecord objects."""
    return _recordFactory


def makeLogRecord(dict):
    """Build a record whose attributes come from *dict*."""
    made = _recordFactory(None, None, "", 0, "", (), None, None)
    made.__dict__.update(dict)
    return made


# ---------------------------------------------------------------------------
# Format styles
# ---------------------------------------------------------------------------

class _FieldSyntaxError(ValueError):
    pass


def _scan_brace_format(text):
    """Yield (literal, field, spec, conversion) tuples for a str.format
    template, in the spirit of ``string.Formatter.parse``."""
    pos = 0
    size = len(text)
    literal = []
    while pos < size:
        ch = text[pos]
        if ch == '}':
            if pos + 1 < size and text[pos + 1] == '}':
                literal.append('}')
                pos += 2
                continue
            raise _FieldSyntaxError("Single '}' encountered in format string")
        if ch != '{':
            literal.append(ch)
            pos += 1
            continue
        if pos + 1 < size and text[pos + 1] == '{':
            literal.append('{')
            pos += 2
            continue
        if pos + 1 >= size:
            raise _FieldSyntaxError("Single '{' encountered in format string")
        # find the matching close brace, allowing nested {} in the spec
        depth = 1
        end = pos + 1
        in_brackets = False
        while end < size:
            c = text[end]
            if c == '[':
                in_brackets = True
            elif c == ']':
                in_brackets = False
            elif c == '{' and not in_brackets:
                depth += 1
            elif c == '}' and not in_brackets:
                depth -= 1
                if depth == 0:
                    break
            end += 1
        if depth:
            raise _FieldSyntaxError("expected '}' before end of string")
        body = text[pos + 1:end]
        # split "name!conv:spec"
        name_end = len(body)
        k = 0
        bracket = False
        while k < len(body):
            c = body[k]
            if c == '[':
                bracket = True
            elif c == ']':
                bracket = False
            elif c in '!:' and not bracket:
                name_end = k
                break
            k += 1
        field = body[:name_end]
        rest = body[name_end:]
        conversion = None
        spec = ''
        if rest.startswith('!'):
            if len(rest) < 2:
                raise _FieldSyntaxError(
                    "end of string while looking for conversion specifier")
            conversion = rest[1]
            rest = rest[2:]
            if rest and not rest.startswith(':'):
                raise _FieldSyntaxError(
                    "expected ':' after conversion specifier")
        if rest.startswith(':'):
            spec = rest[1:]
        yield ''.join(literal), field, spec, conversion
        literal = []
        pos = end + 1
    if literal:
        yield ''.join(literal), None, None, None


_DOLLAR_TOKEN = re.compile(
    r'\$(?:(?P<dollar>\$)|(?P<bare>[_a-z][_a-z0-9]*)'
    r'|\{(?P<curly>[_a-z][_a-z0-9]*)\}|(?P<broken>))',
    re.IGNORECASE)


def _dollar_substitute(template, values):
    """string.Template.substitute() work-alike."""
    def replace(match):
        if match.group('dollar') is not None:
            return '$'
        key = match.group('bare')
        if key is None:
            key = match.group('curly')
        if key is not None:
            return str(values[key])
        where = match.start('broken')
        before = template[:where].splitlines(True)
        if before:
            col = where - len(''.join(before[:-1]))
            line = len(before)
        else:
            col = 1
            line = 1
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (line, col))
    return _DOLLAR_TOKEN.sub(replace, template)


class PercentStyle(object):
    """Handles ``%(name)s`` style format strings."""

    default_format, asctime_format, asctime_search = (
        '%(message)s', '%(asctime)s', '%(asctime)')
    validation_pattern = re.compile(
        r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]', re.I)

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt if fmt else self.default_format
        self._defaults = defaults or None

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        """Complain unless the format contains at least one field."""
        if self.validation_pattern.search(self._fmt) is None:
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _values(self, record):
        if not self._defaults:
            return record.__dict__
        merged = dict(self._defaults)
        merged.update(record.__dict__)
        return merged

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            rendered = self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s'
                             % missing)
        return rendered


class StrFormatStyle(PercentStyle):
    """Handles ``{name}`` (str.format) style format strings."""

    default_format, asctime_format, asctime_search = (
        '{message}', '{asctime}', '{asctime')

    _spec_check = re.compile(
        r'^(?:.?[<>=^])?[+ -]?#?0?(?:\d+|\{\w+\})?[,_]?'
        r'(?:\.(?:\d+|\{\w+\}))?[bcdefgnosx%]?$', re.I)
    _name_check = re.compile(r'^(?:\d+|\w+)(?:\.\w+|\[[^\]]+\])*$')

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        seen = []
        try:
            for _lit, field, spec, conv in _scan_brace_format(self._fmt):
                if not field:
                    continue
                if self._name_check.match(field) is None:
                    raise ValueError('invalid field name/expression: %r'
                                     % field)
                seen.append(field)
                if conv and conv not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conv)
                if spec and self._spec_check.match(spec) is None:
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as problem:
            raise ValueError('invalid format: %s' % problem)
        if not seen:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    """Handles ``$name`` / ``${name}`` (string.Template) format strings."""

    default_format, asctime_format, asctime_search = (
        '${message}', '${asctime}', '${asctime}')

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        names = []
        for m in _DOLLAR_TOKEN.finditer(self._fmt):
            key = m.group('bare') or m.group('curly')
            if key:
                names.append(key)
            elif m.group(0) == '$':
                raise ValueError("invalid format: bare '$' not allowed")
        if not names:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return _dollar_substitute(self._fmt, self._values(record))


BASIC_FORMAT = ':'.join(('%(levelname)s', '%(name)s', '%(message)s'))

# style character -> (style class, format used by basicConfig)
_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


def _style_error():
    return ValueError('Style must be one of: %s' % ','.join(_STYLES))


# ---------------------------------------------------------------------------
# Formatters
# ---------------------------------------------------------------------------

# Converters that CPython implements in C and which therefore never bind as
# methods; under Ferrython they may be plain Python functions.
_PLAIN_CONVERTERS = (time.localtime, time.gmtime)


def _converter_for(formatter):
    """Look up ``formatter.converter`` with CPython's binding rules."""
    own = vars(formatter)
    if 'converter' in own:
        return own['converter']
    for klass in type(formatter).__mro__:
        raw = vars(klass).get('converter')
        if raw is None:
            continue
        if any(raw is plain for plain in _PLAIN_CONVERTERS):
            return raw
        break
    return formatter.converter


class Formatter(object):
    """Turns a LogRecord into text."""

    converter = time.localtime
    default_time_format, default_msec_format = '%Y-%m-%d %H:%M:%S', '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise _style_error()
        style_cls = _STYLES[style][0]
        self._style = style_cls(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt, self.datefmt = self._style._fmt, datefmt

    def formatTime(self, record, datefmt=None):
        """Render ``record.created`` with strftime."""
        parts = _converter_for(self)(record.created)
        if datefmt:
            return time.strftime(datefmt, parts)
        text = time.strftime(self.default_time_format, parts)
        msec_pattern = self.default_msec_format
        if msec_pattern:
            text = msec_pattern % (text, record.msecs)
        return text

    def formatException(self, ei):
        """Render an exc_info triple as traceback text (no final newline)."""
        buf = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, buf)
        text = buf.getvalue()
        buf.close()
        return text[:-1] if text.endswith('\n') else text

    def usesTime(self):
        return bool(self._style.usesTime())

    def formatMessage(self, record):
        style = self._style
        return style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        """Produce the final text for *record*, tracebacks included."""
        setattr(record, 'message', record.getMessage())
        if self.usesTime():
            setattr(record, 'asctime', self.formatTime(record, self.datefmt))
        out = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            setattr(record, 'exc_text', self.formatException(record.exc_info))
        tails = []
        if record.exc_text:
            tails.append(record.exc_text)
        if record.stack_info:
            tails.append(self.formatStack(record.stack_info))
        for tail in tails:
            if not out.endswith('\n'):
                out += '\n'
            out += tail
        return out


_PLAIN_FORMATTER = Formatter()
_defaultFormatter = _PLAIN_FORMATTER


class BufferingFormatter(object):
    """Formats a batch of records, with optional header and footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _PLAIN_FORMATTER

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        body = ''.join(self.linefmt.format(r) for r in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# ---------------------------------------------------------------------------
# Filters
# ---------------------------------------------------------------------------

class Filter(object):
    """Passes records from the named logger and its descendants only."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.name or record.name == self.name:
            return True
        return record.name.startswith(self.name + '.')


class Filterer(object):
    """Mixin holding a list of filters (objects or plain callables)."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        """Attach *filter* unless it is already attached."""
        chain = self.filters
        if filter not in chain:
            chain.append(filter)

    def removeFilter(self, filter):
        """Detach *filter* if it is attached."""
        chain = self.filters
        if filter in chain:
            chain.remove(filter)

    def filter(self, record):
        """Run every filter; False if any rejects, else the (possibly
        replaced) record."""
        current = record
        for flt in self.filters:
            check = getattr(flt, 'filter', None)
            verdict = check(current) if check is not None else flt(current)
            if not verdict:
                return False
            if isinstance(verdict, LogRecord):
                current = verdict
        return current


# ---------------------------------------------------------------------------
# Handlers
# ---------------------------------------------------------------------------

_handlers = weakref.WeakValueDictionary()   # name -> handler
_handlerList = []                           # weak refs, creation order


def _forget_handler_ref(ref):
    with _module_lock:
        try:
            _handlerList.remove(ref)
        except ValueError:
            pass


def _track_handler(handler):
    with _module_lock:
        try:
            ref = weakref.ref(handler, _forget_handler_ref)
        except TypeError:
            return
        _handlerList.append(ref)


def getHandlerByName(name):
    """Return the handler registered under *name*, or None."""
    return _handlers.get(name, None)


def getHandlerNames():
    """Return a frozenset of the names of all named handlers."""
    return frozenset(_handlers)


class Handler(Filterer):
    """Base class for objects that dispatch records somewhere."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _coerce_level(level)
        self.formatter = None
        self._closed = False
        _track_handler(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _module_lock:
            previous = self._name
            if previous is not None:
                _handlers.pop(previous, None)
            self._name = name
            if name:
                _handlers[name] = self

    name = property(fget=get_name, fset=set_name)

    def createLock(self):
        self.lock = _new_rlock()

    def _at_fork_reinit(self):
        self.createLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _coerce_level(level)

    def format(self, record):
        chosen = self.formatter if self.formatter else _PLAIN_FORMATTER
        return chosen.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented '
                                  'by Handler subclasses')

    def handle(self, record):
        """Filter, then emit under the handler lock."""
        outcome = self.filter(record)
        if isinstance(outcome, LogRecord):
            record = outcome
        if outcome:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return outcome

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _module_lock:
            self._closed = True
            if self._name:
                _handlers.pop(self._name, None)

    def handleError(self, record):
        """Report an exception raised while emitting (to stderr)."""
        if not (raiseExceptions and sys.stderr):
            return
        etype, evalue, etb = sys.exc_info()
        err = sys.stderr
        try:
            err.write('--- Logging error ---\n')
            traceback.print_exception(etype, evalue, etb, None, err)
            err.write('Call stack:\n')
            frame = _first_user_frame(etb.tb_frame if etb else None)
            if frame is None:
                # some VMs do not keep f_back on traceback frames
                frame = _first_user_frame(currentframe())
            if frame is not None:
                traceback.print_stack(frame, file=err)
            else:
                err.write('Logged from file %s, line %s\n'
                          % (record.filename, record.lineno))
            try:
                err.write('Message: %r\nArguments: %s\n'
                          % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                err.write('Unable to print the message and arguments'
                          ' - possible formatting error.\nUse the'
                          ' traceback above to help find the error.\n')
        except OSError:
            pass
        finally:
            etype = evalue = etb = None

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes formatted records to a file-like stream."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        self.acquire()
        try:
            target = self.stream
            if target and hasattr(target, 'flush'):
                target.flush()
        finally:
            self.release()

    def emit(self, record):
        try:
            text = self.format(record)
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Swap the stream; return the old one (None if unchanged)."""
        if self.stream is stream:
            return None
        previous = self.stream
        self.acquire()
        try:
            self.flush()
            self.stream = stream
        finally:
            self.release()
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        if label:
            label += ' '
        return '<%s %s(%s)>' % (type(self).__name__, label,
                                getLevelName(self.level))

    if _GenericAlias is not None:
        __class_getitem__ = classmethod(_GenericAlias)


def _fs_path(value):
    hook = getattr(type(value), '__fspath__', None)
    if hook is not None:
        return hook(value)
    return value


class FileHandler(StreamHandler):
    """Writes formatted records to a disk file."""

    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        self.baseFilename = os.path.abspath(_fs_path(filename))
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        if delay:
            # no stream until the first record arrives
            Handler.__init__(self)
            self.stream = None
        else:
            super().__init__(self._open())

    def _open(self):
        """Open the target file with the configured mode and codec."""
        return open(self.baseFilename, self.mode, errors=self.errors,
                    encoding=self.encoding)

    def close(self):
        self.acquire()
        try:
            try:
                current = self.stream
                if current:
                    try:
                        self.flush()
                    finally:
                        self.stream = None
                        closer = getattr(current, 'close', None)
                        if closer is not None:
                            closer()
            finally:
                super().close()
        finally:
            self.release()

    def emit(self, record):
        if self.stream is None:
            # a closed handler in 'w' mode must not truncate the file again
            if not (self._closed and self.mode == 'w'):
                fresh = self._open()
                self.stream = fresh
        if self.stream:
            super().emit(record)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """Always writes to whatever sys.stderr currently is."""

    def __init__(self, level=NOTSET):
        # skip StreamHandler.__init__: the stream is a live property
        Handler.__init__(self, level=level)

    @property
    def stream(self):
        return sys.stderr


lastResort = _defaultLastResort = _StderrHandler(WARNING)


class NullHandler(Handler):
    """Discards everything; handy for library code."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ---------------------------------------------------------------------------
# Logger tree
# ---------------------------------------------------------------------------

class PlaceHolder(object):
    """Stands in the registry for a not-yet-created intermediate logger."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


def _require_logger_class(klass):
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: "
                        + klass.__name__)


def setLoggerClass(klass):
    """Choose the class instantiated by getLogger() for new loggers."""
    global _loggerClass
    _require_logger_class(klass)
    _loggerClass = klass


def getLoggerClass():
    """Return the class instantiated by getLogger()."""
    return _loggerClass


class Manager(object):
    """Owns the name -> logger registry and wires up parents."""

    def __init__(self, rootnode):
        self.root = rootnode
        self._disable = 0
        self.loggerDict, self.emittedNoHandlerWarning = {}, False
        self.loggerClass = self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _coerce_level(value)

    def _new_logger(self, name):
        klass = self.loggerClass or _loggerClass
        created = klass(name)
        created.manager = self
        self.loggerDict[name] = created
        return created

    def getLogger(self, name):
        """Fetch or create the logger called *name*."""
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _module_lock:
            existing = self.loggerDict.get(name)
            if isinstance(existing, Logger):
                return existing
            created = self._new_logger(name)
            if isinstance(existing, PlaceHolder):
                self._adopt_children(existing, created)
            self._attach_parent(created)
            return created

    def setLoggerClass(self, klass):
        _require_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        vars(self)['logRecordFactory'] = factory

    def _attach_parent(self, alogger):
        """Link *alogger* to its nearest existing ancestor, leaving
        placeholders for the missing intermediate names."""
        name = alogger.name
        parent = None
        cut = name.rfind('.')
        while cut > 0 and parent is None:
            prefix = name[:cut]
            entry = self.loggerDict.get(prefix)
            if entry is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(entry, PlaceHolder):
                entry.append(alogger)
            else:
                parent = entry
            cut = name.rfind('.', 0, cut)
        alogger.parent = parent if parent is not None else self.root

    def _adopt_children(self, holder, alogger):
        """Slot *alogger* between each waiting descendant and its parent."""
        marker = alogger.name + '.'
        for child in holder.loggerMap:
            if not child.parent.name.startswith(marker):
                alogger.parent = child.parent
                child.parent = alogger

    def _flush_level_caches(self):
        """Forget memoised isEnabledFor() answers everywhere."""
        with _module_lock:
            for entry in self.loggerDict.values():
                if isinstance(entry, Logger):
                    entry._cache.clear()
            self.root._cache.clear()

    _clear_cache = _flush_level_caches


def _level_shortcut(levelno, method_name):
    """Build Logger.debug/info/... for one fixed severity."""
    def shortcut(self, msg, *args, **kwargs):
        if self.isEnabledFor(levelno):
            self._log(levelno, msg, args, **kwargs)
    shortcut.__name__ = method_name
    shortcut.__qualname__ = 'Logger.' + method_name
    shortcut.__doc__ = ("Log 'msg %% args' with severity '%s'."
                        % _LEVEL_TO_TEXT[levelno])
    return shortcut


def _normalise_exc_info(value):
    """Turn the ``exc_info`` argument into a (type, value, tb) tuple."""
    if isinstance(value, BaseException):
        return type(value), value, value.__traceback__
    if isinstance(value, tuple):
        return value
    return sys.exc_info()


class Logger(Filterer):
    """A named channel for log events."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _coerce_level(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _coerce_level(level)
        self.manager._flush_level_caches()

    # -- convenience methods -------------------------------------------
    debug = _level_shortcut(DEBUG, 'debug')
    info = _level_shortcut(INFO, 'info')
    warning = _level_shortcut(WARNING, 'warning')
    error = _level_shortcut(ERROR, 'error')
    critical = _level_shortcut(CRITICAL, 'critical')
    fatal = critical

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Log at ERROR level, attaching the current exception."""
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log 'msg % args' at the integer severity *level*."""
        valid = isinstance(level, int)
        if not valid:
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    # -- record creation and dispatch ----------------------------------
    def findCaller(self, stack_info=False, stacklevel=1):
        """Return (filename, lineno, funcName, stack text) of the caller."""
        return _describe_caller(stack_info, stacklevel)

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        """Create a record via the factory and merge in *extra*."""
        record = _recordFactory(name, level, fn, lno, msg, args, exc_info,
                                func, sinfo)
        if extra is None:
            return record
        attrs = vars(record)
        for key in extra:
            if key in ('message', 'asctime') or key in attrs:
                raise KeyError("Attempt to overwrite %r in LogRecord" % key)
            attrs[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False, stacklevel=1):
        try:
            where = self.findCaller(stack_info, stacklevel)
        except ValueError:
            where = _NO_CALLER
        path, line, func, stack_text = where
        if exc_info:
            exc_info = _normalise_exc_info(exc_info)
        record = self.makeRecord(self.name, level, path, line, msg, args,
                                 exc_info, func, extra, stack_text)
        self.handle(record)

    def handle(self, record):
        """Apply logger filters, then pass the record to the handlers."""
        if self.disabled:
            return
        verdict = self.filter(record)
        if verdict:
            chosen = verdict if isinstance(verdict, LogRecord) else record
            self.callHandlers(chosen)

    def addHandler(self, hdlr):
        with _module_lock:
            attached = self.handlers
            if hdlr not in attached:
                attached.append(hdlr)

    def removeHandler(self, hdlr):
        with _module_lock:
            attached = self.handlers
            if hdlr in attached:
                attached.remove(hdlr)

    def _lineage(self):
        """Loggers consulted for handlers, honouring ``propagate``."""
        node = self
        while node is not None:
            yield node
            node = node.parent if node.propagate else None

    def hasHandlers(self):
        return any(node.handlers for node in self._lineage())

    def callHandlers(self, record):
        """Offer *record* to every handler up the propagation chain."""
        seen = 0
        for node in self._lineage():
            for h in node.handlers:
                seen += 1
                if record.levelno >= h.level:
                    h.handle(record)
        if seen:
            return
        fallback = lastResort
        if fallback:
            if fallback.level <= record.levelno:
                fallback.handle(record)
            return
        mgr = self.manager
        if raiseExceptions and not mgr.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n'
                             % self.name)
            mgr.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        node = self
        while node is not None:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        memo = self._cache.get(level)
        if memo is not None:
            return memo
        with _module_lock:
            if level <= self.manager.disable:
                answer = False
            else:
                answer = level >= self.getEffectiveLevel()
            self._cache[level] = answer
        return answer

    def getChild(self, suffix):
        if self is not self.root:
            suffix = '%s.%s' % (self.name, suffix)
        return self.manager.getLogger(suffix)

    def getChildren(self):
        """Set of loggers whose immediate parent is this logger."""
        if self is self.manager.root:
            depth = 0
        else:
            depth = self.name.count('.') + 1
        kids = set()
        with _module_lock:
            for entry in self.manager.loggerDict.values():
                if not isinstance(entry, Logger) or entry.parent is not self:
                    continue
                if entry.name.count('.') == depth:
                    kids.add(entry)
        return kids

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        if getLogger(self.name) is self:
            return (getLogger, (self.name,))
        import pickle
        raise pickle.PicklingError('logger cannot be pickled')


class RootLogger(Logger):
    """The logger at the top of the tree, named 'root'."""

    def __init__(self, level):
        super().__init__('root', level)

    def __reduce__(self):
        return (getLogger, ())


_loggerClass = Logger

Logger.root = root = RootLogger(WARNING)
Logger.manager = Manager(root)


# ---------------------------------------------------------------------------
# LoggerAdapter
# ---------------------------------------------------------------------------

def _adapter_shortcut(levelno, method_name):
    """Build LoggerAdapter.debug/info/... for one fixed severity."""
    def shortcut(self, msg, *args, **kwargs):
        self.log(levelno, msg, *args, **kwargs)
    shortcut.__name__ = method_name
    shortcut.__qualname__ = 'LoggerAdapter.' + method_name
    return shortcut


class LoggerAdapter(object):
    """Wraps a logger to inject contextual ``extra`` data."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        """Hook to rewrite the message/keywords; adds ``extra``."""
        kwargs.update(extra=self.extra)
        return msg, kwargs

    debug = _adapter_shortcut(DEBUG, 'debug')
    info = _adapter_shortcut(INFO, 'info')
    warning = _adapter_shortcut(WARNING, 'warning')
    error = _adapter_shortcut(ERROR, 'error')
    critical = _adapter_shortcut(CRITICAL, 'critical')

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.log(WARNING, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, **dict(kwargs, exc_info=exc_info))

    def log(self, level, msg, *args, **kwargs):
        """Let process() adjust the call, then delegate to the logger."""
        if not self.isEnabledFor(level):
            return
        new_msg, new_kwargs = self.process(msg, kwargs)
        self.logger.log(level, new_msg, *args, **new_kwargs)

    def isEnabledFor(self, level):
        inner = self.logger
        return inner.isEnabledFor(level)

    def setLevel(self, level):
        inner = self.logger
        inner.setLevel(level)

    def getEffectiveLevel(self):
        inner = self.logger
        return inner.getEffectiveLevel()

    def hasHandlers(self):
        inner = self.logger
        return inner.hasHandlers()

    def _log(self, level, msg, args, **kwargs):
        inner = self.logger
        return inner._log(level, msg, args, **kwargs)

    def _get_manager(self):
        return getattr(self.logger, 'manager')

    def _set_manager(self, value):
        setattr(self.logger, 'manager', value)

    manager = property(_get_manager, _set_manager)

    @property
    def name(self):
        return getattr(self.logger, 'name')

    def __repr__(self):
        inner = self.logger
        return '<%s %s (%s)>' % (type(self).__name__, inner.name,
                                 getLevelName(inner.getEffectiveLevel()))

    if _GenericAlias is not None:
        __class_getitem__ = classmethod(_GenericAlias)


# ---------------------------------------------------------------------------
# Module level configuration and helpers
# ---------------------------------------------------------------------------

def basicConfig(**kwargs):
    """One-shot configuration of the root logger (see the docs)."""
    with _module_lock:
        opts = dict(kwargs)
        force = opts.pop('force', False)
        encoding = opts.pop('encoding', None)
        errors = opts.pop('errors', 'backslashreplace')
        if force:
            for old in list(root.handlers):
                root.removeHandler(old)
                old.close()
        if root.handlers:
            return
        handlers = opts.pop('handlers', None)
        has_stream = 'stream' in opts
        has_file = 'filename' in opts
        if handlers is None:
            if has_stream and has_file:
                raise ValueError("'stream' and 'filename' should not be "
                                 "specified together")
            filename = opts.pop('filename', None)
            filemode = opts.pop('filemode', 'a')
            if filename:
                if 'b' in filemode:
                    errors = None
                handlers = [FileHandler(filename, filemode,
                                        encoding=encoding, errors=errors)]
            else:
                handlers = [StreamHandler(opts.pop('stream', None))]
        elif has_stream or has_file:
            raise ValueError("'stream' or 'filename' should not be "
                             "specified together with 'handlers'")
        datefmt = opts.pop('datefmt', None)
        style = opts.pop('style', '%')
        if style not in _STYLES:
            raise _style_error()
        fmt_text = opts.pop('format', _STYLES[style][1])
        shared = Formatter(fmt_text, datefmt, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(shared)
            root.addHandler(h)
        level = opts.pop('level', None)
        if level is not None:
            root.setLevel(level)
        if opts:
            raise ValueError('Unrecognised argument(s): %s'
                             % ', '.join(opts))


def getLogger(name=None):
    """Return the logger called *name* (the root logger by default)."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


def _configured_root():
    """The root logger, after a default basicConfig() if it has no
    handlers yet."""
    if not root.handlers:
        basicConfig()
    return root


def critical(msg, *args, **kwargs):
    """Log at CRITICAL level on the root logger."""
    _configured_root().critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    """Log at ERROR level on the root logger."""
    _configured_root().error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """Log at ERROR level on the root logger, with traceback."""
    _configured_root().error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    """Log at WARNING level on the root logger."""
    _configured_root().warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                  DeprecationWarning, 2)
    _configured_root().warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    """Log at INFO level on the root logger."""
    _configured_root().info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    """Log at DEBUG level on the root logger."""
    _configured_root().debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    """Log at an arbitrary integer level on the root logger."""
    _configured_root().log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Suppress every record at or below *level* on all loggers."""
    mgr = root.manager
    mgr.disable = level
    mgr._flush_level_caches()


def shutdown(handlerList=_handlerList):
    """Flush and close all handlers (registered with atexit)."""
    for ref in list(handlerList)[::-1]:
        try:
            h = ref()
            if not h:
                continue
            try:
                h.acquire()
                wants_flush = getattr(h, 'flushOnClose', True)
                if wants_flush:
                    h.flush()
                h.close()
            except (OSError, ValueError):
                pass
            finally:
                h.release()
        except Exception:
            if raiseExceptions:
                raise


try:
    import atexit as _atexit
    _atexit.register(shutdown)
except ImportError:
    pass


# ---------------------------------------------------------------------------
# warnings integration
# ---------------------------------------------------------------------------

_saved_showwarning = None


def _log_warning(message, category, filename, lineno, file=None, line=None):
    """Replacement for warnings.showwarning that logs to 'py.warnings'."""
    if file is not None:
        if _saved_showwarning is not None:
            _saved_showwarning(message, category, filename, lineno,
                               file, line)
        return
    text = warnings.formatwarning(message, category, filename, lineno, line)
    target = getLogger("py.warnings")
    if not target.handlers:
        target.addHandler(NullHandler())
    target.warning("%s", text)


def captureWarnings(capture):
    """Route warnings.showwarning output into logging (or stop doing so)."""
    global _saved_showwarning
    if capture:
        if _saved_showwarning is None:
            _saved_showwarning = warnings.showwarning
            warnings.showwarning = _log_warning
    elif _saved_showwarning is not None:
        warnings.showwarning = _saved_showwarning
        _saved_showwarning = None
