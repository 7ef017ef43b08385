"""Dates, times, durations and time zones: the date, time, datetime,
timedelta, tzinfo and timezone types.

Local time is taken to be UTC: the runtime offers no time-zone database.
"""

# CPython implements this module in C: its frames stay out of tracebacks and profiles.
__native_module__ = True

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059          # date(9999, 12, 31).toordinal()
_MAX_DELTA_DAYS = 999999999

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND

# Cumulative day counts at the start of each month of a non-leap year.
_MONTH_LENGTHS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTH_STARTS = [0] * 14
for _m in range(1, 13):
    _MONTH_STARTS[_m + 1] = _MONTH_STARTS[_m] + _MONTH_LENGTHS[_m]
del _m

_SHORT_MONTHS = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_LONG_MONTHS = (None, "January", "February", "March", "April", "May", "June",
                "July", "August", "September", "October", "November", "December")
_SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_LONG_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
              "Saturday", "Sunday")


# -- calendar arithmetic (proleptic Gregorian) ----------------------------

def _is_leap(year):
    """True for leap years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_length(year, month):
    """Number of days in the given month."""
    if month == 2 and _is_leap(year):
        return 29
    return _MONTH_LENGTHS[month]


def _days_before_year(year):
    """Days from 0001-01-01 to January 1st of year."""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _day_of_year(year, month, day):
    """1-based position of the date within its year."""
    extra = 1 if month > 2 and _is_leap(year) else 0
    return _MONTH_STARTS[month] + extra + day


def _ymd_to_ordinal(year, month, day):
    """Ordinal with 0001-01-01 as day 1."""
    return _days_before_year(year) + _day_of_year(year, month, day)


def _ordinal_to_ymd(ordinal):
    """Inverse of _ymd_to_ordinal."""
    n = ordinal - 1
    # 400 Gregorian years hold exactly 146097 days.
    cycles, n = divmod(n, 146097)
    year = cycles * 400 + 1
    centuries, n = divmod(n, 36524)
    if centuries == 4:          # last day of a 400-year cycle
        return year + 399, 12, 31
    quads, n = divmod(n, 1461)
    singles, n = divmod(n, 365)
    if singles == 4:            # last day of a leap year
        return year + centuries * 100 + quads * 4 + 3, 12, 31
    year += centuries * 100 + quads * 4 + singles
    leap = 1 if _is_leap(year) else 0
    # n is now the 0-based day of the year; no month is longer than 31
    # days, so n // 31 + 1 never overshoots the month.
    month = n // 31 + 1
    while month < 12 and n >= _MONTH_STARTS[month + 1] + (leap if month + 1 > 2 else 0):
        month += 1
    return year, month, n - _MONTH_STARTS[month] - (leap if month > 2 else 0) + 1


def _iso_week1_monday(year):
    """Ordinal of the Monday starting ISO week 1 of year."""
    jan4 = _ymd_to_ordinal(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _iso_calendar(year, month, day):
    """(ISO year, ISO week, ISO weekday) of a date."""
    ordinal = _ymd_to_ordinal(year, month, day)
    weekday = (ordinal + 6) % 7
    # The ISO year is the one holding the Thursday of the date's week.
    thursday = ordinal - weekday + 3
    iso_year = year
    if thursday < _ymd_to_ordinal(year, 1, 1):
        iso_year -= 1
    elif thursday > _ymd_to_ordinal(year, 12, 31):
        iso_year += 1
    week = (ordinal - _iso_week1_monday(iso_year)) // 7 + 1
    return iso_year, week, weekday + 1


def _iso_to_ordinal(year, week, day):
    """Ordinal of an ISO calendar date (no range checks)."""
    return _iso_week1_monday(year) + (week - 1) * 7 + (day - 1)


def _iso_year_has_53_weeks(year):
    """True if the ISO year has a week 53."""
    jan1_weekday = (_ymd_to_ordinal(year, 1, 1) + 6) % 7
    return jan1_weekday == 3 or (jan1_weekday == 2 and _is_leap(year))


# -- argument checking ----------------------------------------------------

def _as_int(value):
    """Accept ints and objects with __index__; reject floats and the rest
    with the same message as CPython's integer conversion."""
    if type(value) is int:
        return value
    if isinstance(value, int):
        return int(value)
    if not isinstance(value, float):
        index = getattr(type(value), "__index__", None)
        if index is not None:
            return int(index(value))
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _check_date_fields(year, month, day):
    year = _as_int(year)
    month = _as_int(month)
    day = _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _month_length(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _as_int(hour)
    minute = _as_int(minute)
    second = _as_int(second)
    microsecond = _as_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, int(fold)


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _type_name(obj):
    """The name CPython's C types report in messages ('datetime.date')."""
    cls = type(obj)
    if cls in _OWN_TYPES:
        return "datetime." + cls.__name__
    return cls.__name__


def _arg_type(value):
    """How argument-type errors name the type of value."""
    return "None" if value is None else _type_name(value)


def _check_offset(method, offset):
    """Validate what tzinfo.utcoffset()/dst() returned."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (method, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return offset


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _round_half_even(n, d):
    """n / d rounded to the nearest int, ties to even."""
    if d == 0:
        raise ZeroDivisionError("integer division or modulo by zero")
    if d < 0:
        n, d = -n, -d
    q, r = divmod(n, d)
    twice = 2 * r
    if twice > d or (twice == d and q % 2 == 1):
        q += 1
    return q


def _c_round(x):
    """Round half away from zero, like C's round()."""
    a = abs(x)
    whole = _math.floor(a)
    if a - whole >= 0.5:
        whole += 1
    return whole if x >= 0 else -whole


# -- formatting helpers -----------------------------------------------------

def _format_clock(hour, minute, second, microsecond, timespec):
    """HH:MM:SS.ffffff cut down according to timespec."""
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    if timespec == "hours":
        return "%02d" % hour
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, microsecond // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, microsecond)
    raise ValueError("Unknown timespec value")


def _format_offset(offset, sep=":"):
    """+HH:MM[:SS[.ffffff]] for a timedelta offset; '' for None."""
    if offset is None:
        return ""
    us = offset._total_us()
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    hours, us = divmod(us, 3600 * _US_PER_SECOND)
    minutes, us = divmod(us, 60 * _US_PER_SECOND)
    seconds, us = divmod(us, _US_PER_SECOND)
    text = "%s%02d%s%02d" % (sign, hours, sep, minutes)
    if seconds or us:
        text += "%s%02d" % (sep, seconds)
        if us:
            text += ".%06d" % us
    return text


_struct_time = getattr(_time, "struct_time", None)
if _struct_time is None:
    class struct_time(tuple):
        """Stand-in for time.struct_time (the runtime's time module lacks it)."""

        _names = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                  "tm_wday", "tm_yday", "tm_isdst")
        n_sequence_fields = 9
        n_fields = 11
        n_unnamed_fields = 0

        def __new__(cls, seq):
            return tuple.__new__(cls, tuple(seq)[:9])

        tm_year = property(lambda self: self[0])
        tm_mon = property(lambda self: self[1])
        tm_mday = property(lambda self: self[2])
        tm_hour = property(lambda self: self[3])
        tm_min = property(lambda self: self[4])
        tm_sec = property(lambda self: self[5])
        tm_wday = property(lambda self: self[6])
        tm_yday = property(lambda self: self[7])
        tm_isdst = property(lambda self: self[8])
        tm_zone = property(lambda self: None)
        tm_gmtoff = property(lambda self: None)

        def __repr__(self):
            return "time.struct_time(%s)" % ", ".join(
                "%s=%r" % (name, value) for name, value in zip(self._names, self))

        def __reduce__(self):
            return (type(self), (tuple(self),))

    struct_time.__module__ = "time"
    _struct_time = struct_time
    del struct_time


def _make_struct_time(year, month, day, hour, minute, second, isdst):
    weekday = (_ymd_to_ordinal(year, month, day) + 6) % 7
    return _struct_time((year, month, day, hour, minute, second, weekday,
                         _day_of_year(year, month, day), isdst))


# Numeric strftime conversions: code -> (field name, default width, default pad)
_NUMERIC_CODES = {
    "d": ("day", 2, "0"), "e": ("day", 2, " "), "H": ("hour", 2, "0"),
    "k": ("hour", 2, " "), "I": ("hour12", 2, "0"), "l": ("hour12", 2, " "),
    "j": ("yday", 3, "0"), "m": ("month", 2, "0"), "M": ("minute", 2, "0"),
    "S": ("second", 2, "0"), "y": ("year2", 2, "0"), "Y": ("year", 1, "0"),
    "C": ("century", 1, "0"), "g": ("isoyear2", 2, "0"), "G": ("isoyear", 1, "0"),
    "u": ("isoweekday", 1, "0"), "w": ("sunday_weekday", 1, "0"),
    "U": ("week_sunday", 2, "0"), "W": ("week_monday", 2, "0"),
    "V": ("isoweek", 2, "0"), "s": ("epoch", 1, "0"),
}
# Composite conversions expand to another format.
_COMPOSITE_CODES = {
    "c": "%a %b %e %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S", "D": "%m/%d/%y",
    "F": "%Y-%m-%d", "r": "%I:%M:%S %p", "R": "%H:%M", "T": "%H:%M:%S",
}


class _Fields:
    """Broken-down fields of the object being formatted by strftime."""

    def __init__(self, year, month, day, hour, minute, second, microsecond, offset, zone):
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.offset = offset
        self.zone = zone
        ordinal = _ymd_to_ordinal(year, month, day)
        self.weekday = (ordinal + 6) % 7
        self.yday = _day_of_year(year, month, day)
        self.hour12 = hour % 12 or 12
        self.year2 = year % 100
        self.century = year // 100
        iso = _iso_calendar(year, month, day)
        self.isoyear, self.isoweek, self.isoweekday = iso
        self.isoyear2 = self.isoyear % 100
        self.sunday_weekday = (self.weekday + 1) % 7
        self.week_sunday = (self.yday - 1 + 7 - self.sunday_weekday) // 7
        self.week_monday = (self.yday - 1 + 7 - self.weekday) // 7
        self.epoch = ((ordinal - _EPOCH_ORDINAL) * 86400 + hour * 3600 + minute * 60 + second)


def _strftime(fmt, fields):
    """Format fields according to fmt, following the C library's rules
    (flags _ - 0 ^ #, a field width, and the E/O modifiers)."""
    nul = fmt.find("\0")
    if nul >= 0:
        fmt = fmt[:nul]     # the C library stops at an embedded NUL
    out = []
    n = len(fmt)
    i = 0
    while i < n:
        ch = fmt[i]
        if ch != "%":
            out.append(ch)
            i += 1
            continue
        j = i + 1
        flags = ""
        while j < n and fmt[j] in "_-0^#":
            flags += fmt[j]
            j += 1
        start = j
        while j < n and fmt[j] in "0123456789":
            j += 1
        width = int(fmt[start:j]) if j > start else None
        if j < n and fmt[j] in "EO" and j + 1 < n:
            j += 1
        if j >= n:
            out.append(fmt[i:])
            break
        code = fmt[j]
        if code == ":" and j + 1 < n and fmt[j + 1] == "z":
            out.append(_format_offset(fields.offset, ":"))
            i = j + 2
            continue
        text = None
        numeric = None
        if code in _NUMERIC_CODES:
            name, default_width, pad = _NUMERIC_CODES[code]
            numeric = getattr(fields, name)
            if "_" in flags or "-" in flags:
                pad = " "
            elif "0" in flags:
                pad = "0"
            if width is None:
                width = 0 if "-" in flags else default_width
            digits = str(abs(numeric))
            sign = "-" if numeric < 0 else ""
            if pad == "0":
                text = sign + digits.rjust(width - len(sign), "0")
            else:
                text = (sign + digits).rjust(width, " ")
            out.append(text)
            i = j + 1
            continue
        if code == "a":
            text = _SHORT_DAYS[fields.weekday]
        elif code == "A":
            text = _LONG_DAYS[fields.weekday]
        elif code in "bh":
            text = _SHORT_MONTHS[fields.month]
        elif code == "B":
            text = _LONG_MONTHS[fields.month]
        elif code == "p":
            text = "AM" if fields.hour < 12 else "PM"
            if "#" in flags:
                text = text.lower()
        elif code == "P":
            text = "am" if fields.hour < 12 else "pm"
        elif code == "f":
            text = "%06d" % fields.microsecond
        elif code == "z":
            text = _format_offset(fields.offset, "")
        elif code == "Z":
            text = fields.zone or ""
            if "#" in flags:
                text = text.lower()
        elif code == "n":
            text = "\n"
        elif code == "t":
            text = "\t"
        elif code == "%":
            text = "%"
        elif code in _COMPOSITE_CODES:
            text = _strftime(_COMPOSITE_CODES[code], fields)
        else:
            out.append(fmt[i:j + 1])
            i = j + 1
            continue
        if "^" in flags or ("#" in flags and code in "aAbBh"):
            text = text.upper()
        if width is not None and len(text) < width:
            text = text.rjust(width, "0" if "0" in flags else " ")
        out.append(text)
        i = j + 1
    return "".join(out)


def _check_format_arg(fmt, method="strftime"):
    if not isinstance(fmt, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (method, _arg_type(fmt)))


# -- timedelta ----------------------------------------------------------------

def _check_delta_days(days):
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        if not -2 ** 31 <= days < 2 ** 31:
            # The day count does not even fit a C int.
            raise OverflowError("Python int too large to convert to C int")
        raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DELTA_DAYS))


def _delta_from_us(us):
    """A plain timedelta holding us microseconds (range checked)."""
    days, rest = divmod(us, _US_PER_DAY)
    seconds, micro = divmod(rest, _US_PER_SECOND)
    _check_delta_days(days)
    self = object.__new__(timedelta)
    self._days = days
    self._seconds = seconds
    self._microseconds = micro
    self._hashcode = -1
    return self


class timedelta:
    """A duration: the difference between two dates or datetimes.

    Stored as days, seconds (0..86399) and microseconds (0..999999); the
    constructor accepts any mix of weeks, days, hours, minutes, seconds,
    milliseconds and microseconds, as ints or floats.
    """
    __tp_name__ = 'datetime.timedelta'   # the C type's name CPython shows in messages

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        total = 0
        leftover = 0.0
        for value, factor, name in ((microseconds, 1, "microseconds"),
                                    (milliseconds, 1000, "milliseconds"),
                                    (seconds, _US_PER_SECOND, "seconds"),
                                    (minutes, 60 * _US_PER_SECOND, "minutes"),
                                    (hours, 3600 * _US_PER_SECOND, "hours"),
                                    (days, _US_PER_DAY, "days"),
                                    (weeks, 7 * _US_PER_DAY, "weeks")):
            if isinstance(value, int):
                total += int(value) * factor
            elif isinstance(value, float):
                whole = _math.trunc(value)
                part = value - whole
                total += whole * factor
                if part:
                    scaled = part * float(factor)
                    whole2 = _math.trunc(scaled)
                    total += whole2
                    leftover += scaled - whole2
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(value).__name__))
        if leftover:
            rounded = _c_round(leftover)
            if abs(rounded - leftover) == 0.5:
                # Exactly halfway: choose the neighbour giving an even total.
                low = _math.floor(leftover)
                rounded = low if (total + low) % 2 == 0 else low + 1
            total += int(rounded)
        days_, rest = divmod(total, _US_PER_DAY)
        _check_delta_days(days_)
        self = object.__new__(cls)
        self._days = days_
        self._seconds, self._microseconds = divmod(rest, _US_PER_SECOND)
        self._hashcode = -1
        return self

    def _total_us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    @property
    def days(self):
        """Number of days (may be negative)."""
        return self._days

    @property
    def seconds(self):
        """Seconds within the day, 0..86399."""
        return self._seconds

    @property
    def microseconds(self):
        """Microseconds within the second, 0..999999."""
        return self._microseconds

    def total_seconds(self):
        """The whole duration in seconds, as a float."""
        return self._total_us() / _US_PER_SECOND

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        if not parts:
            parts.append("0")
        return "%s(%s)" % (_type_name(self), ", ".join(parts))

    def __str__(self):
        minutes, secs = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, secs)
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            text = "%d day%s, %s" % (self._days, plural, text)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._total_us() + other._total_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._total_us() - other._total_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(other._total_us() - self._total_us())
        return NotImplemented

    def __neg__(self):
        return _delta_from_us(-self._total_us())

    def __pos__(self):
        return _delta_from_us(self._total_us())

    def __abs__(self):
        return _delta_from_us(abs(self._total_us()))

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(self._total_us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _delta_from_us(_round_half_even(self._total_us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() / other._total_us()
        if isinstance(other, int):
            return _delta_from_us(_round_half_even(self._total_us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _delta_from_us(_round_half_even(self._total_us() * den, num))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            divisor = other._total_us()
            if not divisor:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._total_us() // divisor
        if isinstance(other, int):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(self._total_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._total_us()
            if not divisor:
                raise ZeroDivisionError("integer modulo by zero")
            return _delta_from_us(self._total_us() % divisor)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._total_us()
            if not divisor:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._total_us(), divisor)
            return q, _delta_from_us(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())


timedelta.min = _delta_from_us(-_MAX_DELTA_DAYS * _US_PER_DAY)
timedelta.max = _delta_from_us((_MAX_DELTA_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _delta_from_us(1)


# -- date ----------------------------------------------------------------------

_MISSING = object()


def _new_date(cls, year, month, day):
    """Build a date of class cls from checked fields; subclasses go through
    their own constructor."""
    if cls is date:
        self = object.__new__(date)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self
    return cls(year, month, day)


class date:
    """A calendar date (year, month, day) in the proleptic Gregorian
    calendar."""
    __tp_name__ = 'datetime.date'   # the C type's name CPython shows in messages

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING):
        for position, (name, value) in enumerate((("year", year), ("month", month), ("day", day)), 1):
            if value is _MISSING:
                raise TypeError("function missing required argument '%s' (pos %d)" % (name, position))
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # -- alternate constructors

    @classmethod
    def today(cls):
        """The current local date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        """The local date of a POSIX timestamp."""
        seconds, _ = _split_timestamp(t)
        y, m, d, _, _, _ = _utc_fields(seconds)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        """The date with proleptic Gregorian ordinal n (1 is 0001-01-01)."""
        n = _as_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError("year %d is out of range" % _ordinal_to_ymd(n)[0])
        y, m, d = _ordinal_to_ymd(n)
        return _new_date(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """Parse YYYY-MM-DD, YYYYMMDD or an ISO week date."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = None
        if len(date_string) in (7, 8, 10):
            ymd = _parse_iso_date(date_string)
        if ymd is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date for an ISO year, week number and weekday (1 = Monday)."""
        year, week, day = _check_iso_calendar(year, week, day)
        return cls(*_ordinal_to_ymd(_iso_to_ordinal(year, week, day)))

    # -- fields

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # -- formatting

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month, self._day)

    def isoformat(self):
        """YYYY-MM-DD"""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        """A string like 'Tue Jan  2 00:00:00 2024'."""
        weekday = self.weekday()
        return "%s %s %2d 00:00:00 %04d" % (_SHORT_DAYS[weekday], _SHORT_MONTHS[self._month],
                                            self._day, self._year)

    def strftime(self, format):
        """Format the date (time fields are zero)."""
        _check_format_arg(format)
        return _strftime(format, _Fields(self._year, self._month, self._day,
                                         0, 0, 0, 0, None, None))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s" % _arg_type(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # -- computations

    def timetuple(self):
        """A time.struct_time for midnight of this date."""
        return _make_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Proleptic Gregorian ordinal (0001-01-01 is 1)."""
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        """Day of the week, Monday == 0 ... Sunday == 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Day of the week, Monday == 1 ... Sunday == 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """(ISO year, ISO week number, ISO weekday) as a named tuple."""
        return _IsoCalendarDate(*_iso_calendar(self._year, self._month, self._day))

    def replace(self, year=None, month=None, day=None):
        """A copy with the given fields changed."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    # -- comparisons and hashing

    def _date_key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if self._comparable(other):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __ne__(self, other):
        if self._comparable(other):
            return self._date_key() != other._date_key()
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._date_key() < other._date_key()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._date_key() <= other._date_key()
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._date_key() > other._date_key()
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._date_key() >= other._date_key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._date_key())
        return self._hashcode

    # -- arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other._days
            if not 1 <= ordinal <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return _new_date(type(self), *_ordinal_to_ymd(ordinal))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() - other._days
            if not 1 <= ordinal <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return _new_date(type(self), *_ordinal_to_ymd(ordinal))
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            return _delta_from_us((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return NotImplemented

    def __reduce__(self):
        return (type(self), self._date_key())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):
    """The (year, week, weekday) named tuple returned by isocalendar()."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            "datetime.IsoCalendarDate" if type(self) is _IsoCalendarDate else type(self).__name__,
            self[0], self[1], self[2])


_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


def _check_iso_calendar(year, week, day):
    year = _as_int(year)
    week = _as_int(week)
    day = _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        if not (week == 53 and _iso_year_has_53_weeks(year)):
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    return year, week, day


# -- tzinfo and timezone -------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone information objects."""
    __tp_name__ = 'datetime.tzinfo'   # the C type's name CPython shows in messages

    __slots__ = ()

    def tzname(self, dt):
        """Name of the time zone for dt."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """Offset from UTC (positive east of UTC) as a timedelta."""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """Daylight saving adjustment as a timedelta, or None."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """Convert dt (with tzinfo self, fields in UTC) to local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        standard = offset - dst
        if standard:
            dt += standard
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        state = getattr(self, "__dict__", None) or None
        return (type(self), args, state)


_OMITTED = object()


class timezone(tzinfo):
    """A fixed offset from UTC, optionally with a name."""
    __tp_name__ = 'datetime.timezone'   # the C type's name CPython shows in messages

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=_OMITTED):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % _arg_type(offset))
        if name is _OMITTED:
            if not offset and _UTC is not None:
                return _UTC
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % _arg_type(name))
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r." % (offset,))
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__(), None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_type_name(self), self._offset)
        return "%s(%r, %r)" % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (method, type(dt).__name__))

    def utcoffset(self, dt):
        """The fixed offset."""
        self._check_dt(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        """The name given at construction, or 'UTC+HH:MM'."""
        self._check_dt(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def dst(self, dt):
        """Fixed offsets have no daylight saving time: None."""
        self._check_dt(dt, "dst")
        return None

    def fromutc(self, dt):
        """dt + offset, for dt whose tzinfo is this timezone."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC


# -- time ----------------------------------------------------------------------

class time:
    """A time of day (hour, minute, second, microsecond), optionally with
    a tzinfo; fold (0 or 1) disambiguates repeated wall times."""
    __tp_name__ = 'datetime.time'   # the C type's name CPython shows in messages

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        """Parse HH[:MM[:SS[.ffffff]]][+HH:MM] and the basic variants."""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string
        if text[:1] == "T":
            text = text[1:]
        parsed = _parse_iso_time(text)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        return cls(*parsed)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # -- tz queries

    def utcoffset(self):
        """tzinfo.utcoffset(None), or None for a naive time."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        """tzinfo.dst(None), or None for a naive time."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        """tzinfo.tzname(None), or None for a naive time."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    # -- formatting

    def __repr__(self):
        if self._microsecond:
            text = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            text = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            text = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return "%s(%s)" % (_type_name(self), text)

    def isoformat(self, timespec="auto"):
        """HH:MM:SS[.ffffff][+HH:MM], trimmed according to timespec."""
        text = _format_clock(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, format):
        """Format the time; the date fields are 1900-01-01."""
        _check_format_arg(format)
        return _strftime(format, _Fields(1900, 1, 1, self._hour, self._minute, self._second,
                                         self._microsecond, self.utcoffset(), self.tzname()))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s" % _arg_type(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """A copy with the given fields changed."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    # -- comparisons

    def _clock_key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _compare(self, other, allow_mixed):
        """-1/0/1, or None for naive-vs-aware when allow_mixed."""
        if self._tzinfo is other._tzinfo:
            a, b = self._clock_key(), other._clock_key()
        else:
            off1 = self.utcoffset()
            off2 = other.utcoffset()
            if off1 == off2:
                a, b = self._clock_key(), other._clock_key()
            elif off1 is None or off2 is None:
                if allow_mixed:
                    return None
                raise TypeError("can't compare offset-naive and offset-aware times")
            else:
                def minutes(t, off):
                    return (t._hour * 60 + t._minute) * 60 * _US_PER_SECOND - off._total_us()
                a = (minutes(self, off1), self._second, self._microsecond)
                b = (minutes(other, off2), other._second, other._microsecond)
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self if not self._fold else self.replace(fold=0)
            offset = t.utcoffset()
            if offset is None:
                self._hashcode = hash(t._clock_key())
            else:
                day_us = ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND
                self._hashcode = hash(day_us + self._microsecond - offset._total_us())
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce__(self):
        args = self._clock_key()
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        if self._fold:
            return (_restore_with_fold, (type(self), args))
        return (type(self), args)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _restore_with_fold(cls, args):
    """Unpickling helper for objects with fold=1."""
    return cls(*args, fold=1)


# -- datetime ----------------------------------------------------------------

def _new_datetime(cls, year, month, day, hour, minute, second, microsecond, tz, fold=0):
    if cls is datetime:
        self = object.__new__(datetime)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self
    return cls(year, month, day, hour, minute, second, microsecond, tz, fold=fold)


def _split_timestamp(t):
    """(whole seconds, microseconds) of a POSIX timestamp, rounding the
    fraction half to even."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if abs(t) >= 9.2e18:
            raise OverflowError("timestamp out of range for platform time_t")
        whole = _math.trunc(t)
        frac = (t - whole) * 1e6
        us = round(frac)
        seconds = whole
        if us >= 1000000:
            seconds += 1
            us -= 1000000
        elif us < 0:
            seconds -= 1
            us += 1000000
        return seconds, us
    seconds = _as_int(t)
    if abs(seconds) >= 2 ** 63:
        raise OverflowError("timestamp out of range for platform time_t")
    return seconds, 0


_EPOCH_ORDINAL = 719163     # date(1970, 1, 1).toordinal()


def _utc_fields(seconds):
    """(year, month, day, hour, minute, second) of whole POSIX seconds."""
    days, rest = divmod(seconds, 86400)
    ordinal = _EPOCH_ORDINAL + days
    if ordinal < 1:
        raise ValueError("year %d is out of range" % (_ordinal_to_ymd(ordinal)[0] if ordinal > -10 ** 7 else -1))
    if ordinal > _MAX_ORDINAL:
        raise ValueError("year %d is out of range" % _ordinal_to_ymd(ordinal)[0])
    y, m, d = _ordinal_to_ymd(ordinal)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    return y, m, d, hour, minute, second


class datetime(date):
    """A date together with a time of day, optionally with a tzinfo."""
    __tp_name__ = 'datetime.datetime'   # the C type's name CPython shows in messages

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        for position, (name, value) in enumerate((("year", year), ("month", month), ("day", day)), 1):
            if value is _MISSING:
                raise TypeError("function missing required argument '%s' (pos %d)" % (name, position))
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    # -- alternate constructors

    @classmethod
    def _from_posix(cls, t, tz):
        seconds, us = _split_timestamp(t)
        y, m, d, hh, mm, ss = _utc_fields(seconds)
        result = _new_datetime(cls, y, m, d, hh, mm, ss, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local datetime of a POSIX timestamp, or the time in tz."""
        _check_tzinfo_arg(tz)
        return cls._from_posix(t, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Naive UTC datetime of a POSIX timestamp (deprecated)."""
        _deprecated("datetime.datetime.utcfromtimestamp() is deprecated and scheduled for "
                    "removal in a future version. Use timezone-aware objects to represent "
                    "datetimes in UTC: datetime.datetime.fromtimestamp(timestamp, datetime.UTC).")
        return cls._from_posix(t, None)

    @classmethod
    def now(cls, tz=None):
        """The current local datetime, or the current time in tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        """The current local datetime (naive)."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        """The current UTC time as a naive datetime (deprecated)."""
        _deprecated("datetime.datetime.utcnow() is deprecated and scheduled for removal in a "
                    "future version. Use timezone-aware objects to represent datetimes in UTC: "
                    "datetime.datetime.now(datetime.UTC).")
        return cls._from_posix(_time.time(), None)

    @classmethod
    def fromordinal(cls, n):
        """Midnight of the date with the given ordinal."""
        d = date.fromordinal(n)
        return _new_datetime(cls, d._year, d._month, d._day, 0, 0, 0, 0, None)

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        """Join a date and a time; tzinfo defaults to the time's."""
        if not isinstance(date_, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % _arg_type(date_))
        if not isinstance(time_, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % _arg_type(time_))
        if tzinfo is True:
            tzinfo = time_._tzinfo
        return cls(date_._year, date_._month, date_._day, time_._hour, time_._minute,
                   time_._second, time_._microsecond, tzinfo, fold=time_._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Parse the output of isoformat() and most ISO 8601 forms."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        size = _iso_date_length(date_string)
        ymd = None
        rest = None
        if size is not None:
            if len(date_string) == size:
                ymd = _parse_iso_date(date_string)
                rest = (0, 0, 0, 0, None)
            elif len(date_string) > size + 1:
                ymd = _parse_iso_date(date_string[:size])
                if ymd is not None:
                    rest = _parse_iso_time(date_string[size + 1:])
        if ymd is None or rest is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*(ymd + tuple(rest)))

    @classmethod
    def strptime(cls, date_string, format):
        """Parse date_string according to format (see strftime)."""
        if not isinstance(date_string, str):
            raise TypeError("strptime() argument 1 must be str, not %s" % _arg_type(date_string))
        if not isinstance(format, str):
            raise TypeError("strptime() argument 2 must be str, not %s" % _arg_type(format))
        fields, tz = _strptime(date_string, format)
        if tz is None:
            return cls(*fields)
        return cls(*fields, tz)

    # -- conversions

    def date(self):
        """The date part."""
        return date(self._year, self._month, self._day)

    def time(self):
        """The time part, without tzinfo."""
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        """The time part, with tzinfo."""
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def timetuple(self):
        """A time.struct_time; tm_isdst comes from dst()."""
        dst = self.dst()
        if dst is None:
            flag = -1
        else:
            flag = 1 if dst else 0
        return _make_struct_time(self._year, self._month, self._day, self._hour,
                                 self._minute, self._second, flag)

    def utctimetuple(self):
        """A time.struct_time of the UTC time (tm_isdst is 0)."""
        offset = self.utcoffset()
        dt = self
        if offset:
            dt = self - offset
        return _make_struct_time(dt._year, dt._month, dt._day, dt._hour, dt._minute,
                                 dt._second, 0)

    def timestamp(self):
        """POSIX timestamp as a float (naive values count as local = UTC)."""
        offset = self.utcoffset()
        us = (self.toordinal() - _EPOCH_ORDINAL) * _US_PER_DAY + self._day_us()
        if offset is not None:
            us -= offset._total_us()
        return us / _US_PER_SECOND

    def _day_us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND \
            + self._microsecond

    def astimezone(self, tz=None):
        """The same instant expressed in tz (default: local time)."""
        if tz is None:
            tz = _local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is tz:
            return self
        offset = self.utcoffset() if mytz is not None else None
        if offset is None:
            offset = timedelta(0)       # naive: local time, which is UTC
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """A copy with the given fields changed."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    # -- tz queries

    def utcoffset(self):
        """tzinfo.utcoffset(self), or None for a naive datetime."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        """tzinfo.dst(self), or None for a naive datetime."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        """tzinfo.tzname(self), or None for a naive datetime."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    # -- formatting

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond]
        if not fields[6]:
            del fields[6]
            if not fields[5]:
                del fields[5]
        text = ", ".join(str(v) for v in fields)
        if self._fold:
            text += ", fold=1"
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        return "%s(%s)" % (_type_name(self), text)

    def isoformat(self, sep="T", timespec="auto"):
        """YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]; sep separates date and time."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % _arg_type(sep))
        text = "%04d-%02d-%02d%s%s" % (self._year, self._month, self._day, sep,
                                       _format_clock(self._hour, self._minute, self._second,
                                                     self._microsecond, timespec))
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        """A string like 'Tue Jan  2 03:04:05 2024'."""
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _SHORT_DAYS[self.weekday()], _SHORT_MONTHS[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def strftime(self, format):
        """Format the datetime; see the C strftime() directives."""
        _check_format_arg(format)
        return _strftime(format, _Fields(self._year, self._month, self._day, self._hour,
                                         self._minute, self._second, self._microsecond,
                                         self.utcoffset(), self.tzname()))

    # -- comparisons

    def _naive_key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def _compare(self, other, allow_mixed):
        """-1/0/1 comparing two datetimes; None when allow_mixed and one
        is naive and the other aware (or the instants are ambiguous)."""
        if self._tzinfo is other._tzinfo:
            a, b = self._naive_key(), other._naive_key()
            return (a > b) - (a < b)
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if off1 is None and off2 is None:
            a, b = self._naive_key(), other._naive_key()
            return (a > b) - (a < b)
        if off1 is None or off2 is None:
            if allow_mixed:
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self._abs_us(off1) - other._abs_us(off2)
        if diff == 0 and allow_mixed:
            # An instant in a fold or gap never compares equal across zones.
            if off1 != self.replace(fold=1 - self._fold).utcoffset():
                return None
            if off2 != other.replace(fold=1 - other._fold).utcoffset():
                return None
        return (diff > 0) - (diff < 0)

    def _abs_us(self, offset):
        """Microseconds since 0001-01-01 of the UTC instant."""
        return self.toordinal() * _US_PER_DAY + self._day_us() - offset._total_us()

    def _mixed_cmp_error(self, other):
        raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) < 0
        if isinstance(other, date):
            self._mixed_cmp_error(other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) <= 0
        if isinstance(other, date):
            self._mixed_cmp_error(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) > 0
        if isinstance(other, date):
            self._mixed_cmp_error(other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) >= 0
        if isinstance(other, date):
            self._mixed_cmp_error(other)
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self if not self._fold else self.replace(fold=0)
            offset = t.utcoffset()
            if offset is None:
                self._hashcode = hash(t._naive_key())
            else:
                self._hashcode = hash(t._abs_us(offset))
        return self._hashcode

    # -- arithmetic

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self.toordinal() * _US_PER_DAY + self._day_us() + other._total_us()
        ordinal, day_us = divmod(total, _US_PER_DAY)
        if not 1 <= ordinal <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ordinal_to_ymd(ordinal)
        secs, us = divmod(day_us, _US_PER_SECOND)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        return _new_datetime(type(self), y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        mine = self.toordinal() * _US_PER_DAY + self._day_us()
        theirs = other.toordinal() * _US_PER_DAY + other._day_us()
        if self._tzinfo is not other._tzinfo:
            off1 = self.utcoffset()
            off2 = other.utcoffset()
            if (off1 is None) != (off2 is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if off1 is not None:
                mine -= off1._total_us()
                theirs -= off2._total_us()
        return _delta_from_us(mine - theirs)

    def __reduce__(self):
        args = self._naive_key()
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        if self._fold:
            return (_restore_with_fold, (type(self), args))
        return (type(self), args)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_OWN_TYPES = (date, datetime, time, timedelta, timezone, tzinfo)


def _local_timezone():
    """The local time zone: UTC, as no zone database is available."""
    return timezone(timedelta(0), "UTC")


def _deprecated(message):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=3)


# -- ISO 8601 parsing ---------------------------------------------------------

_DIGITS = "0123456789"


def _all_digits(text):
    if not text:
        return False
    for ch in text:
        if ch not in _DIGITS:
            return False
    return True


def _iso_date_length(s):
    """How many leading characters of s form the date part of a
    datetime string, or None if no date form fits."""
    n = len(s)
    if n < 7:
        return None
    if n == 7:
        return 7
    if s[4] == "-":
        if s[5] != "W":
            return 10
        if n > 8 and s[8] == "-":
            if n == 9:
                return None
            # YYYY-Www-D, unless a digit follows where the time would start:
            # then read it as YYYY-Www, a '-' separator and the time.
            if n > 10 and s[10] in _DIGITS:
                return 8
            return 10
        return 8
    if s[4] == "W":
        # YYYYWww or YYYYWwwD: decide from the length of the digit run.
        end = 7
        while end < n and s[end] in _DIGITS:
            end += 1
        if end < 9:
            return end
        return 7 if end % 2 == 0 else 8
    return 8


def _parse_iso_date(s):
    """(year, month, day) from the start of an ISO 8601 date string
    (extended or basic calendar date, or week date); None if malformed.
    Characters after a complete date are not looked at."""
    n = len(s)
    if n < 4 or not _all_digits(s[:4]):
        return None
    year = int(s[:4])
    pos = 4
    extended = pos < n and s[pos] == "-"
    if extended:
        pos += 1
    if pos < n and s[pos] == "W":
        week_text = s[pos + 1:pos + 3]
        if len(week_text) != 2 or not _all_digits(week_text):
            return None
        pos += 3
        weekday = 1
        if pos < n:
            if extended:
                if s[pos] != "-":
                    return None
                pos += 1
            if pos >= n or s[pos] not in _DIGITS:
                return None
            weekday = int(s[pos])
        try:
            year, week, weekday = _check_iso_calendar(year, int(week_text), weekday)
        except ValueError:
            return None
        return _ordinal_to_ymd(_iso_to_ordinal(year, week, weekday))
    month_text = s[pos:pos + 2]
    if len(month_text) != 2 or not _all_digits(month_text):
        return None
    pos += 2
    if extended:
        if pos >= n or s[pos] != "-":
            return None
        pos += 1
    day_text = s[pos:pos + 2]
    if len(day_text) != 2 or not _all_digits(day_text):
        return None
    return year, int(month_text), int(day_text)


def _parse_iso_clock(s):
    """Parse HH[:MM[:SS]] or HH[MM[SS]], optionally followed by a
    fraction (after '.' or ',', after ':' following the seconds, or in
    the basic form directly after the seconds).

    Return (hour, minute, second, microsecond, leftover) where leftover
    tells whether a stray character was left unparsed (harmless before a
    UTC offset, an error otherwise), or None if malformed."""
    n = len(s)
    extended = n > 2 and s[2] == ":"
    values = [0, 0, 0]
    pos = 0
    for i in range(3):
        chunk = s[pos:pos + 2]
        if len(chunk) != 2 or not _all_digits(chunk):
            return None
        values[i] = int(chunk)
        pos += 2
        if pos >= n:
            return values[0], values[1], values[2], 0, False
        ch = s[pos]
        pos += 1
        if extended and ch == ":":
            continue
        if pos >= n:
            return values[0], values[1], values[2], 0, True
        if ch in ".,":
            break
        if extended:
            return None
        pos -= 1
    fraction = s[pos:]
    if not fraction:
        return values[0], values[1], values[2], 0, True
    head = fraction[:6]
    if not _all_digits(head):
        return None
    microsecond = int(head.ljust(6, "0"))
    rest = fraction[6:].lstrip(_DIGITS)
    return values[0], values[1], values[2], microsecond, bool(rest)


def _parse_iso_time(s):
    """(hour, minute, second, microsecond, tzinfo) from an ISO time with
    an optional 'Z' or +HH[:MM[:SS[.ffffff]]] suffix; None if malformed."""
    cut = len(s)
    for i, ch in enumerate(s):
        if ch in "+-Z":
            cut = i
            break
    clock = _parse_iso_clock(s[:cut])
    if clock is None:
        return None
    tz = None
    suffix = s[cut:]
    if not suffix:
        if clock[4]:
            return None
    elif suffix == "Z":
        tz = _UTC
    elif suffix[0] in "+-":
        parts = _parse_iso_clock(suffix[1:])
        if parts is None or parts[4]:
            return None
        hh, mm, ss, us, _ = parts
        offset = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
        if suffix[0] == "-":
            offset = -offset
        tz = timezone(offset)
    else:
        return None
    return clock[:4] + (tz,)


# -- strptime ----------------------------------------------------------------

_AM_PM = ("am", "pm")


def _alternatives(words, group):
    """Regex group matching any of words, longest first."""
    import re
    ordered = sorted((w.lower() for w in words), key=len, reverse=True)
    return "(?P<%s>%s)" % (group, "|".join(re.escape(w) for w in ordered))


_STRPTIME_PATTERNS = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "W": r"(?P<W>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "%": "%",
}
_STRPTIME_ALIASES = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_STRPTIME_CACHE = {}


def _strptime_pattern(fmt, whole):
    """Translate a strptime format into a regular expression."""
    import re
    if not _STRPTIME_PATTERNS.get("a"):
        _STRPTIME_PATTERNS["a"] = _alternatives(_SHORT_DAYS, "a")
        _STRPTIME_PATTERNS["A"] = _alternatives(_LONG_DAYS, "A")
        _STRPTIME_PATTERNS["b"] = _alternatives(_SHORT_MONTHS[1:], "b")
        _STRPTIME_PATTERNS["B"] = _alternatives(_LONG_MONTHS[1:], "B")
        _STRPTIME_PATTERNS["p"] = _alternatives(_AM_PM, "p")
        _STRPTIME_PATTERNS["Z"] = _alternatives(("utc", "gmt"), "Z")
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % whole)
            code = fmt[i + 1]
            if code in _STRPTIME_ALIASES:
                out.append(_strptime_pattern(_STRPTIME_ALIASES[code], whole))
            elif code in _STRPTIME_PATTERNS:
                out.append(_STRPTIME_PATTERNS[code])
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (code, whole))
            i += 2
        elif ch.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
            i += 1
    return "".join(out)


def _week_to_julian(year, week, weekday, monday_first):
    """Day of the year (1-based, may fall outside the year) for a %U/%W
    week number and a weekday (Monday == 0)."""
    jan1 = (_ymd_to_ordinal(year, 1, 1) + 6) % 7
    if not monday_first:
        jan1 = (jan1 + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - jan1
    first_week_start = 1 + (7 - jan1) % 7
    return first_week_start + 7 * (week - 1) + weekday


def _strptime(data, fmt):
    """Parse data with fmt; return ((y, m, d, H, M, S, us), tzinfo or None)."""
    import re
    compiled = _STRPTIME_CACHE.get(fmt)
    if compiled is None:
        compiled = re.compile(_strptime_pattern(fmt, fmt), re.IGNORECASE)
        if len(_STRPTIME_CACHE) > 100:
            _STRPTIME_CACHE.clear()
        _STRPTIME_CACHE[fmt] = compiled
    found = compiled.match(data)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if found.end() != len(data):
        raise ValueError("unconverted data remains: %s" % data[found.end():])

    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    iso_year = iso_week = None
    week_number = None
    monday_first = None
    weekday = julian = None
    gmtoff = None
    gmtoff_fraction = 0
    zone_name = None
    for key, value in found.groupdict().items():
        if value is None:
            continue
        if key == "y":
            year = int(value)
            year += 1900 if year >= 69 else 2000
        elif key == "Y":
            year = int(value)
        elif key == "G":
            iso_year = int(value)
        elif key == "m":
            month = int(value)
        elif key == "B":
            month = [m.lower() for m in _LONG_MONTHS[1:]].index(value.lower()) + 1
        elif key == "b":
            month = [m.lower() for m in _SHORT_MONTHS[1:]].index(value.lower()) + 1
        elif key == "d":
            day = int(value)
        elif key == "H":
            hour = int(value)
        elif key == "I":
            hour = int(value)
            marker = (found.groupdict().get("p") or "").lower()
            if marker in ("", "am"):
                if hour == 12:
                    hour = 0
            elif marker == "pm" and hour != 12:
                hour += 12
        elif key == "M":
            minute = int(value)
        elif key == "S":
            second = int(value)
        elif key == "f":
            fraction = int(value.ljust(6, "0"))
        elif key == "A":
            weekday = [d.lower() for d in _LONG_DAYS].index(value.lower())
        elif key == "a":
            weekday = [d.lower() for d in _SHORT_DAYS].index(value.lower())
        elif key == "w":
            weekday = (int(value) - 1) % 7
        elif key == "u":
            weekday = int(value) - 1
        elif key == "j":
            julian = int(value)
        elif key in ("U", "W"):
            week_number = int(value)
            monday_first = key == "W"
        elif key == "V":
            iso_week = int(value)
        elif key == "z":
            if value == "Z":
                gmtoff = 0
            else:
                text = value
                if text[3:4] == ":":
                    text = text[:3] + text[4:]
                    if len(text) > 5:
                        if text[5] != ":":
                            raise ValueError("Inconsistent use of : in %s" % value)
                        text = text[:5] + text[6:]
                hours = int(text[1:3])
                minutes = int(text[3:5])
                seconds = int(text[5:7] or 0)
                gmtoff = (hours * 60 + minutes) * 60 + seconds
                tail = text[8:]
                gmtoff_fraction = int(tail.ljust(6, "0")) if tail else 0
                if text[0] == "-":
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif key == "Z":
            zone_name = value

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")

    feb29_without_year = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if feb29_without_year else 1900

    if julian is None and weekday is not None:
        if week_number is not None:
            julian = _week_to_julian(year, week_number, weekday, monday_first)
        elif iso_year is not None and iso_week is not None:
            y, w, d = _check_iso_calendar(iso_year, iso_week, weekday + 1)
            year, month, day = _ordinal_to_ymd(_iso_to_ordinal(y, w, d))
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        # Validate the day now, as the week/julian logic would.
        _check_date_fields(year, month, day)
    else:
        found_date = date.fromordinal(julian - 1 + _ymd_to_ordinal(year, 1, 1))
        year, month, day = found_date._year, found_date._month, found_date._day
    if feb29_without_year:
        year = 1900

    tz = None
    if gmtoff is not None:
        offset = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        tz = timezone(offset, zone_name) if zone_name else timezone(offset)
    return (year, month, day, hour, minute, second, fraction), tz
