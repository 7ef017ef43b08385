"""The parts of the `time` module written in Python: struct_time, gmtime, localtime (the
local zone is taken to be UTC), mktime, strftime, strptime, asctime, ctime and the *_ns
variants. The native `time` module copies these names in when it is created."""

# CPython implements this module in C: its frames stay out of tracebacks and profiles.
__native_module__ = True

import sys

_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December']
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
           'tm_yday', 'tm_isdst')

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')


class struct_time(tuple):
    """A time as the 9-field tuple (year, month, day, hour, minute, second, weekday,
    day of the year, DST flag), with named fields and tm_zone/tm_gmtoff."""

    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __new__(cls, seq, zone=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError(f'time.struct_time() takes an at least 9-sequence '
                            f'({len(seq)}-sequence given)')
        if len(seq) > 11:
            raise TypeError(f'time.struct_time() takes an at most 11-sequence '
                            f'({len(seq)}-sequence given)')
        self = super().__new__(cls, seq[:9])
        self._zone = seq[9] if len(seq) > 9 else 'UTC'
        self._gmtoff = seq[10] if len(seq) > 10 else 0
        return self

    def __repr__(self):
        inner = ', '.join(f'{n}={v!r}' for n, v in zip(_FIELDS, self))
        return f'time.struct_time({inner})'

    def __reduce__(self):
        return (struct_time, (tuple(self),))

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)


struct_time.__module__ = 'time'


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_from_civil(y, m, d):
    """Days since 1970-01-01 of a proleptic Gregorian date."""
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return y + (m <= 2), m, d


def _now():
    return sys.modules['time'].time()


def gmtime(secs=None):
    """The UTC struct_time of a timestamp (default: now)."""
    if secs is None:
        secs = _now()
    secs = int(secs // 1) if isinstance(secs, float) else int(secs)
    days, rem = divmod(secs, 86400)
    y, m, d = _civil_from_days(days)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    wday = (days + 3) % 7
    yday = days - _days_from_civil(y, 1, 1) + 1
    return struct_time((y, m, d, hh, mm, ss, wday, yday, 0, 'UTC', 0))


def localtime(secs=None):
    """The local struct_time of a timestamp (the local zone is UTC here)."""
    return gmtime(secs)


def mktime(t):
    """The timestamp of a local struct_time or 9-tuple."""
    t = tuple(t)
    if len(t) != 9:
        raise TypeError('mktime(): illegal time tuple argument')
    y, m, d, hh, mm, ss = t[:6]
    return float(_days_from_civil(y, m, d) * 86400 + hh * 3600 + mm * 60 + ss)


def _fields(t):
    if t is None:
        return localtime()
    if not isinstance(t, tuple) or len(t) != 9:
        raise TypeError('Tuple or struct_time argument required')
    return t if isinstance(t, struct_time) else struct_time(t)


def strftime(format, t=None, /):
    """Formats a struct_time with the C strftime directives."""
    t = _fields(t)
    y, mo, d, hh, mi, ss, wd, yd = t[:8]
    out = []
    i = 0
    while i < len(format):
        c = format[i]
        if c != '%' or i + 1 == len(format):
            out.append(c)
            i += 1
            continue
        f = format[i + 1]
        i += 2
        if f == 'Y':
            out.append(str(y))
        elif f == 'y':
            out.append(f'{y % 100:02d}')
        elif f == 'm':
            out.append(f'{mo:02d}')
        elif f == 'd':
            out.append(f'{d:02d}')
        elif f == 'e':
            out.append(f'{d:2d}')
        elif f == 'H':
            out.append(f'{hh:02d}')
        elif f == 'I':
            out.append(f'{(hh % 12) or 12:02d}')
        elif f == 'M':
            out.append(f'{mi:02d}')
        elif f == 'S':
            out.append(f'{ss:02d}')
        elif f == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif f == 'a':
            out.append(_DAYS[wd][:3])
        elif f == 'A':
            out.append(_DAYS[wd])
        elif f == 'b' or f == 'h':
            out.append(_MONTHS[mo - 1][:3])
        elif f == 'B':
            out.append(_MONTHS[mo - 1])
        elif f == 'j':
            out.append(f'{yd:03d}')
        elif f == 'w':
            out.append(str((wd + 1) % 7))
        elif f == 'u':
            out.append(str(wd + 1))
        elif f == 'Z':
            out.append(t.tm_zone if isinstance(t, struct_time) else 'UTC')
        elif f == 'z':
            out.append('+0000')
        elif f == 'c':
            out.append(asctime(t))
        elif f == 'x':
            out.append(f'{mo:02d}/{d:02d}/{y % 100:02d}')
        elif f == 'X':
            out.append(f'{hh:02d}:{mi:02d}:{ss:02d}')
        elif f == 'D':
            out.append(f'{mo:02d}/{d:02d}/{y % 100:02d}')
        elif f == 'F':
            out.append(f'{y}-{mo:02d}-{d:02d}')
        elif f == 'T':
            out.append(f'{hh:02d}:{mi:02d}:{ss:02d}')
        elif f == 'R':
            out.append(f'{hh:02d}:{mi:02d}')
        elif f == 'n':
            out.append('\n')
        elif f == 't':
            out.append('\t')
        elif f == 'U':
            out.append(f'{(yd + 6 - (wd + 1) % 7) // 7:02d}')
        elif f == 'W':
            out.append(f'{(yd + 6 - wd) // 7:02d}')
        elif f == '%':
            out.append('%')
        else:
            out.append('%' + f)
    return ''.join(out)


def asctime(t=None, /):
    """'Sun Jun 20 23:21:05 1993' for a struct_time (default: now)."""
    t = _fields(t)
    return (f'{_DAYS[t[6]][:3]} {_MONTHS[t[1] - 1][:3]} {t[2]:2d} '
            f'{t[3]:02d}:{t[4]:02d}:{t[5]:02d} {t[0]}')


def ctime(secs=None, /):
    """asctime(localtime(secs))."""
    return asctime(localtime(secs))


def strptime(string, format='%a %b %d %H:%M:%S %Y', /):
    """Parses a time string; delegates to datetime's parser."""
    import datetime
    return datetime.datetime.strptime(string, format).timetuple()


def time_ns():
    """The current time in nanoseconds since the epoch."""
    return int(_now() * 1e9)


def monotonic_ns():
    return int(sys.modules['time'].monotonic() * 1e9)


def perf_counter_ns():
    return int(sys.modules['time'].perf_counter() * 1e9)


def process_time():
    """CPU time of the process (approximated by the performance counter)."""
    return sys.modules['time'].perf_counter()


def process_time_ns():
    return int(process_time() * 1e9)


def thread_time():
    return process_time()


def get_clock_info(name):
    raise NotImplementedError('time.get_clock_info() is not supported yet by ferrython')
