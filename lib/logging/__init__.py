"""A flexible event-logging system: loggers arranged in a dotted-name
hierarchy, handlers that deliver records, formatters and filters."""

import sys
import os
import time
import re

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping',
           'getHandlerByName', 'getHandlerNames']

try:
    import threading as _threading
except ImportError:
    _threading = None

_startTime = time.time()

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True
logAsyncioTasks = True

# ---------------------------------------------------------------------------
# levels
# ---------------------------------------------------------------------------

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}


def getLevelNamesMapping():
    """Return a copy of the name -> level mapping."""
    return _nameToLevel.copy()


def getLevelName(level):
    """Return the name for a numeric level (or the level for a name)."""
    name = _levelToName.get(level)
    if name is not None:
        return name
    value = _nameToLevel.get(level)
    if value is not None:
        return value
    return "Level %s" % level


def addLevelName(level, levelName):
    """Associate levelName with the numeric level."""
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# ---------------------------------------------------------------------------
# locking (a re-entrant lock when threads exist, else a no-op)
# ---------------------------------------------------------------------------

class _NoLock:
    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def _new_lock():
    if _threading is not None:
        return _threading.RLock()
    return _NoLock()


_lock = _new_lock()


def _acquireLock():
    _lock.acquire()


def _releaseLock():
    _lock.release()


# ---------------------------------------------------------------------------
# time helpers (the VM's time module may lack localtime/strftime)
# ---------------------------------------------------------------------------

_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
           'August', 'September', 'October', 'November', 'December']
_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
         'Sunday']


class _TimeTuple(tuple):
    """Stand-in for time.struct_time (UTC)."""

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])


def _civil_from_days(days):
    # days since 1970-01-01 -> (year, month, day)
    days += 719468
    era = (days if days >= 0 else days - 146096) // 146097
    doe = days - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    year = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    if month <= 2:
        year += 1
    return year, month, day


def _utc_tuple(secs=None):
    if secs is None:
        secs = time.time()
    whole = int(secs // 1)
    days, rem = divmod(whole, 86400)
    year, month, day = _civil_from_days(days)
    hour, rem = divmod(rem, 3600)
    minute, sec = divmod(rem, 60)
    wday = (days + 3) % 7          # 1970-01-01 was a Thursday
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    yday = before[month - 1] + day + (1 if leap and month > 2 else 0)
    return _TimeTuple((year, month, day, hour, minute, sec, wday, yday, 0))


def _simple_strftime(fmt, t):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == 'Y':
            out.append('%d' % t[0])
        elif d == 'y':
            out.append('%02d' % (t[0] % 100))
        elif d == 'm':
            out.append('%02d' % t[1])
        elif d == 'd':
            out.append('%02d' % t[2])
        elif d == 'H':
            out.append('%02d' % t[3])
        elif d == 'I':
            out.append('%02d' % ((t[3] + 11) % 12 + 1))
        elif d == 'p':
            out.append('AM' if t[3] < 12 else 'PM')
        elif d == 'M':
            out.append('%02d' % t[4])
        elif d == 'S':
            out.append('%02d' % t[5])
        elif d == 'j':
            out.append('%03d' % t[7])
        elif d == 'a':
            out.append(_DAYS[t[6]][:3])
        elif d == 'A':
            out.append(_DAYS[t[6]])
        elif d == 'w':
            out.append('%d' % ((t[6] + 1) % 7))
        elif d == 'b':
            out.append(_MONTHS[t[1] - 1][:3])
        elif d == 'B':
            out.append(_MONTHS[t[1] - 1])
        elif d == 'Z':
            out.append('UTC')
        elif d == 'z':
            out.append('+0000')
        elif d == 'c':
            out.append(_simple_strftime('%a %b %d %H:%M:%S %Y', t))
        elif d == 'x':
            out.append(_simple_strftime('%m/%d/%y', t))
        elif d == 'X':
            out.append(_simple_strftime('%H:%M:%S', t))
        elif d == '%':
            out.append('%')
        else:
            out.append('%' + d)
    return ''.join(out)


def _localtime(secs=None):
    f = getattr(time, 'localtime', None)
    if f is not None:
        return f(secs)
    return _utc_tuple(secs)


def _gmtime(secs=None):
    f = getattr(time, 'gmtime', None)
    if f is not None:
        return f(secs)
    return _utc_tuple(secs)


def _strftime(fmt, t):
    f = getattr(time, 'strftime', None)
    if f is not None and not isinstance(t, _TimeTuple):
        return f(fmt, t)
    return _simple_strftime(fmt, t)


# ---------------------------------------------------------------------------
# LogRecord
# ---------------------------------------------------------------------------

def _current_thread_info():
    if _threading is None:
        return None, 'MainThread'
    try:
        return _threading.get_ident(), _threading.current_thread().name
    except Exception:
        return None, None


class LogRecord(object):
    """One logged event and everything known about it."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        created = time.time()
        self.name = name
        self.msg = msg
        if (args and len(args) == 1 and _is_mapping(args[0]) and args[0]):
            # a single non-empty mapping argument is used for %(key)s
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = os.path.basename(pathname)
            self.module = os.path.splitext(self.filename)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = created
        self.msecs = int((created - int(created)) * 1000) + 0.0
        self.relativeCreated = (created - _startTime) * 1000
        if logThreads:
            self.thread, self.threadName = _current_thread_info()
        else:
            self.thread = None
            self.threadName = None
        if logMultiprocessing:
            self.processName = 'MainProcess'
        else:
            self.processName = None
        getpid = getattr(os, 'getpid', None)
        if logProcesses and getpid is not None:
            self.process = getpid()
        else:
            self.process = None
        self.taskName = None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """Return the message with the user's arguments merged in."""
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


try:
    from collections.abc import Mapping as _Mapping
except ImportError:
    _Mapping = dict


def _is_mapping(obj):
    return isinstance(obj, (dict, _Mapping))


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Use factory (a LogRecord-like callable) to create records."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """Return the callable used to create records."""
    return _logRecordFactory


def makeLogRecord(dict):
    """Make a LogRecord whose attributes come from dict."""
    record = _logRecordFactory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---------------------------------------------------------------------------
# format styles
# ---------------------------------------------------------------------------

_PERCENT_FIELD = re.compile(
    r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]', re.I)


class PercentStyle(object):
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'
    validation_pattern = _PERCENT_FIELD

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        """Raise ValueError unless the format has at least one field."""
        if not self.validation_pattern.search(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _values(self, record):
        if self._defaults:
            merged = dict(self._defaults)
            merged.update(record.__dict__)
            return merged
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


_FIELD_NAME = re.compile(r'^(\d+|\w+)(\.\w+|\[[^]]+\])*$', re.I)
_FORMAT_SPEC = re.compile(r'^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?'
                          r'(\.(\d+|{\w+}))?[bcdefgnosx%]?$', re.I)


def _parse_brace_format(text):
    """Yield (literal, field, spec, conversion) like string.Formatter.parse."""
    i = 0
    n = len(text)
    literal = []
    while i < n:
        c = text[i]
        if c == '{':
            if i + 1 < n and text[i + 1] == '{':
                literal.append('{')
                i += 2
                continue
            depth = 1
            j = i + 1
            while j < n and depth:
                if text[j] == '{':
                    depth += 1
                elif text[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            inner = text[i + 1:j - 1]
            # split off conversion and spec
            field = inner
            spec = ''
            conv = None
            k = 0
            bracket = False
            while k < len(inner):
                ch = inner[k]
                if ch == '[':
                    bracket = True
                elif ch == ']':
                    bracket = False
                elif not bracket and ch in '!:':
                    break
                k += 1
            field = inner[:k]
            rest = inner[k:]
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError("end of string while looking for "
                                     "conversion specifier")
                conv = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(':'):
                    raise ValueError("expected ':' after conversion "
                                     "specifier")
            if rest.startswith(':'):
                spec = rest[1:]
            yield ''.join(literal), field, spec, conv
            literal = []
            i = j
        elif c == '}':
            if i + 1 < n and text[i + 1] == '}':
                literal.append('}')
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield ''.join(literal), None, None, None


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    fmt_spec = _FORMAT_SPEC
    field_spec = _FIELD_NAME

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        """Check the fields, conversions and specs of a '{' format."""
        fields = set()
        try:
            for _lit, name, spec, conv in _parse_brace_format(self._fmt):
                if name:
                    if not self.field_spec.match(name):
                        raise ValueError('invalid field name/expression: %r'
                                         % name)
                    fields.add(name)
                if conv and conv not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conv)
                if spec and not self.fmt_spec.match(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not fields:
            raise ValueError('invalid format: no fields')


_TEMPLATE_RE = re.compile(r'\$(?:(?P<escaped>\$)|(?P<named>(?a:[_a-z][_a-z0-9]*))'
                          r'|{(?P<braced>(?a:[_a-z][_a-z0-9]*))}|(?P<invalid>))',
                          re.I)


class StringTemplateStyle(PercentStyle):
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        PercentStyle.__init__(self, *args, **kwargs)

    def usesTime(self):
        fmt = self._fmt
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_search) >= 0

    def validate(self):
        fields = set()
        for m in _TEMPLATE_RE.finditer(self._fmt):
            d = m.groupdict()
            if d['named']:
                fields.add(d['named'])
            elif d['braced']:
                fields.add(d['braced'])
            elif m.group(0) == '$':
                raise ValueError("invalid format: bare '$' not allowed")
        if not fields:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        values = self._values(record)
        text = self._fmt

        def replace(m):
            name = m.group('named') or m.group('braced')
            if name is not None:
                return str(values[name])
            if m.group('escaped') is not None:
                return '$'
            start = m.start('invalid')
            before = text[:start].splitlines(True)
            if not before:
                colno = 1
                lineno = 1
            else:
                colno = start - len(''.join(before[:-1]))
                lineno = len(before)
            raise ValueError('Invalid placeholder in string: line %d, col %d'
                             % (lineno, colno))
        return _TEMPLATE_RE.sub(replace, text)


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


# ---------------------------------------------------------------------------
# Formatter
# ---------------------------------------------------------------------------

def _format_exception_text(ei):
    """Full traceback text for an exc_info triple (no trailing newline)."""
    etype, value, tb = ei
    try:
        import traceback
        lines = traceback.format_exception(etype, value, tb)
        text = ''.join(lines)
    except Exception:
        if value is None:
            text = '%s\n' % getattr(etype, '__name__', etype)
        else:
            shown = str(value)
            name = type(value).__name__
            mod = type(value).__module__
            if mod not in ('builtins', '__main__', None):
                name = mod + '.' + name
            text = 'Traceback (most recent call last):\n'
            text += (name + ': ' + shown if shown else name) + '\n'
    if text[-1:] == '\n':
        text = text[:-1]
    return text


class Formatter(object):
    """Turns a LogRecord into text using a format string."""

    converter = staticmethod(_localtime)
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s'
                             % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        """Return the record's creation time as text."""
        converted = self.converter(record.created)
        if datefmt:
            return _strftime(datefmt, converted)
        text = _strftime(self.default_time_format, converted)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        """Return the traceback text for an exc_info triple."""
        return _format_exception_text(ei)

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        """Format a record (message, time, exception and stack text)."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if text[-1:] != "\n":
                text = text + "\n"
            text = text + record.exc_text
        if record.stack_info:
            if text[-1:] != "\n":
                text = text + "\n"
            text = text + self.formatStack(record.stack_info)
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records with optional header and footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        return (self.formatHeader(records)
                + ''.join(self.linefmt.format(r) for r in records)
                + self.formatFooter(records))


# ---------------------------------------------------------------------------
# filters
# ---------------------------------------------------------------------------

class Filter(object):
    """Lets through records from the named logger and its descendants."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0 or self.name == record.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen:self.nlen + 1] == '.'


class Filterer(object):
    """Base for objects that hold a list of filters."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """Run every filter; return False if one rejects the record,
        otherwise the (possibly replaced) record."""
        for f in self.filters:
            check = getattr(f, 'filter', None)
            if check is not None:
                outcome = check(record)
            else:
                outcome = f(record)
            if not outcome:
                return False
            if isinstance(outcome, LogRecord):
                record = outcome
        return record


# ---------------------------------------------------------------------------
# handlers
# ---------------------------------------------------------------------------

_handlers = {}
_handlerList = []


def _removeHandlerRef(handler):
    with _lock:
        if handler in _handlerList:
            _handlerList.remove(handler)


def getHandlerByName(name):
    """Return the handler with the given name, or None."""
    return _handlers.get(name)


def getHandlerNames():
    """Return a frozenset of the names of all named handlers."""
    return frozenset(_handlers)


class Handler(Filterer):
    """Base class for objects that dispatch records somewhere."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        with _lock:
            _handlerList.append(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = _new_lock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        fmt = self.formatter if self.formatter else _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented '
                                  'by Handler subclasses')

    def handle(self, record):
        """Filter the record and emit it if it passes."""
        passed = self.filter(record)
        if isinstance(passed, LogRecord):
            record = passed
        if passed:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return passed

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        """Report an exception raised during emit() on stderr."""
        if raiseExceptions and sys.stderr:
            ei = sys.exc_info()
            try:
                err = sys.stderr
                err.write('--- Logging error ---\n')
                err.write(_format_exception_text(ei) + '\n')
                err.write('Call stack:\n')
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

    def __repr__(self):
        return '<%s (%s)>' % (self.__class__.__name__,
                              getLevelName(self.level))


class StreamHandler(Handler):
    """Writes formatted records to a stream (sys.stderr by default)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        with self.lock:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()

    def emit(self, record):
        try:
            msg = self.format(record)
            self.stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Replace the stream; return the old one (None if unchanged)."""
        if stream is self.stream:
            return None
        old = self.stream
        with self.lock:
            self.flush()
            self.stream = stream
        return old

    def __repr__(self):
        name = str(getattr(self.stream, 'name', ''))
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name,
                                getLevelName(self.level))


class FileHandler(StreamHandler):
    """Writes formatted records to a file."""

    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        if not isinstance(filename, str):
            fspath = getattr(os, 'fspath', None)
            filename = fspath(filename) if fspath else str(filename)
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        if "b" not in mode and encoding is None:
            self.encoding = 'locale'
        self.errors = errors
        self.delay = delay
        self._builtin_open = open
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        kwargs = {}
        if self.encoding not in (None, 'locale'):
            kwargs['encoding'] = self.encoding
        if self.errors is not None:
            kwargs['errors'] = self.errors
        return self._builtin_open(self.baseFilename, self.mode, **kwargs)

    def close(self):
        with self.lock:
            try:
                if self.stream:
                    try:
                        self.flush()
                    finally:
                        stream = self.stream
                        self.stream = None
                        if hasattr(stream, "close"):
                            stream.close()
            finally:
                StreamHandler.close(self)

    def emit(self, record):
        if self.stream is None:
            if self.mode != 'w' or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """Writes to whatever sys.stderr is at the time of each call."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """A handler that does nothing (for libraries)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ---------------------------------------------------------------------------
# the logger hierarchy
# ---------------------------------------------------------------------------

class PlaceHolder(object):
    """Occupies a dotted name that has no logger yet, remembering the
    loggers below it."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


_loggerClass = None


def setLoggerClass(klass):
    """Use klass (a Logger subclass) when creating new loggers."""
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: "
                            + klass.__name__)
    global _loggerClass
    _loggerClass = klass


def getLoggerClass():
    """Return the class used when creating new loggers."""
    return _loggerClass


class Manager(object):
    """Keeps the dictionary of loggers and their parent links."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        """Return the logger called name, creating it if needed."""
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            existing = self.loggerDict.get(name)
            if existing is not None and not isinstance(existing, PlaceHolder):
                return existing
            klass = self.loggerClass or _loggerClass
            logger = klass(name)
            logger.manager = self
            self.loggerDict[name] = logger
            if isinstance(existing, PlaceHolder):
                self._adopt_children(existing, logger)
            self._link_parent(logger)
            return logger

    def setLoggerClass(self, klass):
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError("logger not derived from logging.Logger: "
                                + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _link_parent(self, logger):
        """Point logger at its nearest existing ancestor, leaving
        placeholders for the missing intermediate names."""
        name = logger.name
        parent = None
        cut = name.rfind('.')
        while cut > 0 and parent is None:
            prefix = name[:cut]
            entry = self.loggerDict.get(prefix)
            if entry is None:
                self.loggerDict[prefix] = PlaceHolder(logger)
            elif isinstance(entry, Logger):
                parent = entry
            else:
                entry.append(logger)
            cut = name.rfind('.', 0, cut - 1)
        logger.parent = parent if parent is not None else self.root

    def _adopt_children(self, holder, logger):
        """logger now occupies holder's name: make it the parent of those
        waiting loggers whose parent is above it."""
        name = logger.name
        size = len(name)
        for child in holder.loggerMap.keys():
            if child.parent.name[:size] != name:
                logger.parent = child.parent
                child.parent = logger

    def _clear_cache(self):
        with _lock:
            for entry in self.loggerDict.values():
                if isinstance(entry, Logger):
                    entry._cache.clear()
            self.root._cache.clear()


class Logger(Filterer):
    """A named channel for log messages."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """Return (filename, lineno, function name, stack text) of the
        caller, or placeholders when frames are unavailable."""
        getframe = getattr(sys, '_getframe', None)
        if getframe is None:
            return "(unknown file)", 0, "(unknown function)", None
        try:
            frame = getframe(0)
        except Exception:
            return "(unknown file)", 0, "(unknown function)", None
        while frame is not None and _is_internal_frame(frame):
            frame = frame.f_back
        while stacklevel > 1 and frame is not None:
            nxt = frame.f_back
            if nxt is None:
                break
            frame = nxt
            if not _is_internal_frame(frame):
                stacklevel -= 1
        if frame is None:
            return "(unknown file)", 0, "(unknown function)", None
        code = frame.f_code
        sinfo = None
        if stack_info:
            sinfo = 'Stack (most recent call last):\n'
            try:
                import traceback
                sinfo += ''.join(traceback.format_stack(frame))
                if sinfo[-1:] == '\n':
                    sinfo = sinfo[:-1]
            except Exception:
                sinfo = sinfo[:-1]
        return code.co_filename, frame.f_lineno, code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """Build a LogRecord; extra adds attributes to it."""
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info,
                                   func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ("message", "asctime") or key in record.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord"
                                   % key)
                record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False, stacklevel=1):
        fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        if stack_info and sinfo is None:
            sinfo = 'Stack (most recent call last):'
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        """Apply this logger's filters, then pass to the handlers."""
        if self.disabled:
            return
        passed = self.filter(record)
        if not passed:
            return
        if isinstance(passed, LogRecord):
            record = passed
        self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        """True if this logger or an ancestor reached by propagation has
        any handler."""
        node = self
        while node:
            if node.handlers:
                return True
            if not node.propagate:
                return False
            node = node.parent
        return False

    def callHandlers(self, record):
        """Give the record to every handler up the propagation chain."""
        node = self
        seen = 0
        while node:
            for hdlr in node.handlers:
                seen += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not node.propagate:
                node = None
            else:
                node = node.parent
        if seen == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger"
                                 " \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The first non-zero level found walking up the hierarchy."""
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            pass
        with _lock:
            if self.manager.disable >= level:
                enabled = False
            else:
                enabled = level >= self.getEffectiveLevel()
            self._cache[level] = enabled
        return enabled

    def getChild(self, suffix):
        """Return the logger named '<this name>.<suffix>'."""
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def getChildren(self):
        """Return the set of loggers directly below this one."""
        def depth(name):
            return name.count('.')

        loggers = self.manager.loggerDict.values()
        if self is self.root:
            return set(item for item in loggers
                       if isinstance(item, Logger)
                       and depth(item.name) == 0)
        prefix = self.name + '.'
        want = depth(self.name) + 1
        return set(item for item in loggers
                   if isinstance(item, Logger)
                   and item.name.startswith(prefix)
                   and depth(item.name) == want)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, level)

    def __reduce__(self):
        if getLogger(self.name) is not self:
            raise TypeError('logger cannot be pickled')
        return getLogger, (self.name,)


def _is_internal_frame(frame):
    filename = frame.f_code.co_filename
    return filename == _srcfile or (
        "importlib" in filename and "_bootstrap" in filename)


# frames whose code comes from this file belong to logging itself
_srcfile = addLevelName.__code__.co_filename


class RootLogger(Logger):
    """The logger at the top of the hierarchy, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


class LoggerAdapter(object):
    """Wraps a logger, adding contextual information to each call."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, **kwargs):
        return self.logger._log(level, msg, args, **kwargs)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        level = getLevelName(self.logger.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.logger.name,
                                 level)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


def _deprecated(message):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, 3)


# ---------------------------------------------------------------------------
# module-level configuration and convenience functions
# ---------------------------------------------------------------------------

def basicConfig(**kwargs):
    """Configure the root logger with a handler and formatter.

    Keywords: filename, filemode, format, datefmt, style, level, stream,
    handlers, force, encoding, errors. Does nothing if the root logger
    already has handlers, unless force is true.
    """
    with _lock:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if len(root.handlers) == 0:
            handlers = kwargs.pop("handlers", None)
            if handlers is None:
                if "stream" in kwargs and "filename" in kwargs:
                    raise ValueError("'stream' and 'filename' should not be "
                                     "specified together")
            else:
                if "stream" in kwargs or "filename" in kwargs:
                    raise ValueError("'stream' or 'filename' should not be "
                                     "specified together with 'handlers'")
            if handlers is None:
                filename = kwargs.pop("filename", None)
                mode = kwargs.pop("filemode", 'a')
                if filename:
                    if 'b' in mode:
                        errors = None
                    h = FileHandler(filename, mode, encoding=encoding,
                                    errors=errors)
                else:
                    stream = kwargs.pop("stream", None)
                    h = StreamHandler(stream)
                handlers = [h]
            datefmt = kwargs.pop("datefmt", None)
            style = kwargs.pop("style", '%')
            if style not in _STYLES:
                raise ValueError('Style must be one of: %s'
                                 % ','.join(_STYLES.keys()))
            fmt_text = kwargs.pop("format", _STYLES[style][1])
            fmt = Formatter(fmt_text, datefmt, style)
            for h in handlers:
                if h.formatter is None:
                    h.setFormatter(fmt)
                root.addHandler(h)
            level = kwargs.pop("level", None)
            if level is not None:
                root.setLevel(level)
            if kwargs:
                keys = ', '.join(kwargs.keys())
                raise ValueError('Unrecognised argument(s): %s' % keys)


def getLogger(name=None):
    """Return the logger with the given dotted name (root if omitted)."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def _ensure_configured():
    if len(root.handlers) == 0:
        basicConfig()


def critical(msg, *args, **kwargs):
    _ensure_configured()
    root.critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    _ensure_configured()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    _ensure_configured()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _deprecated("The 'warn' function is deprecated, use 'warning' instead")
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _ensure_configured()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _ensure_configured()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _ensure_configured()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Suppress every logging call at level and below."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=None):
    """Flush and close every handler (called at interpreter exit)."""
    if handlerList is None:
        handlerList = _handlerList
    for h in reversed(handlerList[:]):
        try:
            if h:
                try:
                    h.acquire()
                    if getattr(h, '_closed', False):
                        continue
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

_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    """Send a warning to the 'py.warnings' logger (or to file if given)."""
    import warnings
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file,
                                  line)
        return
    text = warnings.formatwarning(message, category, filename, lineno, line)
    logger = getLogger("py.warnings")
    if not logger.handlers:
        logger.addHandler(NullHandler())
    logger.warning("%s", text)


def captureWarnings(capture):
    """Redirect warnings to logging (capture true) or restore them."""
    global _warnings_showwarning
    try:
        import warnings
    except ImportError:
        raise NotImplementedError(
            "captureWarnings needs the warnings module")
    if capture:
        if _warnings_showwarning is None:
            _warnings_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    else:
        if _warnings_showwarning is not None:
            warnings.showwarning = _warnings_showwarning
            _warnings_showwarning = None
