"""Calendar printing and date arithmetic helpers.

Clean-room implementation for Ferrython, written from the documented
behaviour of the standard ``calendar`` module.  Weeks start on Monday
(0) by default; use setfirstweekday() to change that.
"""

import sys
import datetime
from enum import IntEnum, global_enum
from itertools import repeat

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
           "LocaleHTMLCalendar", "weekheader",
           "Day", "Month", "JANUARY", "FEBRUARY", "MARCH",
           "APRIL", "MAY", "JUNE", "JULY",
           "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY"]

# kept for backward compatibility
error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return ("bad weekday number %r; must be 0 (Monday) to 6 (Sunday)"
                % (self.weekday,))


_LEGACY_MONTHS = {'January': 1, 'February': 2}


def __getattr__(name):
    # deprecated aliases for JANUARY / FEBRUARY
    legacy = _LEGACY_MONTHS.get(name)
    if legacy is not None:
        import warnings
        warnings.warn(f"The '{name}' attribute is deprecated, "
                      f"use '{name.upper()}' instead",
                      category=DeprecationWarning, stacklevel=2)
        return legacy
    raise AttributeError(f"module '{__name__}' has no attribute '{name}'")


@global_enum
class Month(IntEnum):
    JANUARY = 1
    FEBRUARY = 2
    MARCH = 3
    APRIL = 4
    MAY = 5
    JUNE = 6
    JULY = 7
    AUGUST = 8
    SEPTEMBER = 9
    OCTOBER = 10
    NOVEMBER = 11
    DECEMBER = 12


@global_enum
class Day(IntEnum):
    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


# make sure the members are module globals even if global_enum did not
for _member_name, _member in list(Month.__members__.items()):
    globals()[_member_name] = _member
for _member_name, _member in list(Day.__members__.items()):
    globals()[_member_name] = _member
del _member_name, _member

# days per month in a common year; index 0 is a placeholder
mdays = [0,
         31, 28, 31, 30, 31, 30,
         31, 31, 30, 31, 30, 31]


class _NameTable:
    """Sequence of locale-dependent names rendered through strftime."""

    def __init__(self, format):
        self.format = format

    def _names(self):
        raise NotImplementedError

    def __getitem__(self, i):
        return self._names()[i]


class _MonthNames(_NameTable):
    def _names(self):
        fmt = self.format
        return [''] + [datetime.date(2001, k, 1).strftime(fmt)
                       for k in range(1, 13)]

    def __len__(self):
        return 13


class _DayNames(_NameTable):
    def _names(self):
        # 2001-01-01 fell on a Monday
        fmt = self.format
        return [datetime.date(2001, 1, k).strftime(fmt)
                for k in range(1, 8)]

    def __len__(self):
        return 7


# full and abbreviated names, following the current LC_TIME locale
day_name, day_abbr = _DayNames('%A'), _DayNames('%a')
month_name, month_abbr = _MonthNames('%B'), _MonthNames('%b')


def isleap(year):
    """True for leap years, False otherwise."""
    if year % 4:
        return False
    return year % 100 != 0 or year % 400 == 0


def leapdays(y1, y2):
    """Count leap years in the range [y1, y2)."""
    def upto(year):
        # leap years among 1 .. year-1 (works for any integer)
        last = year - 1
        return last // 4 - last // 100 + last // 400
    return upto(y2) - upto(y1)


def weekday(year, month, day):
    """Day of the week (0 = Monday) of the given date."""
    if year < datetime.MINYEAR or year > datetime.MAXYEAR:
        # the Gregorian cycle repeats every 400 years
        year = 2000 + year % 400
    number = datetime.date(year, month, day).weekday()
    return Day(number)


def _check_month(month):
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)


def _days_in(year, month):
    if month == 2 and isleap(year):
        return 29
    return mdays[month]


def monthrange(year, month):
    """Return (weekday of the first day, number of days) of a month."""
    _check_month(month)
    return weekday(year, month, 1), _days_in(year, month)


def _month_before(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _month_after(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _chop(items, size):
    return [items[k:k + size] for k in range(0, len(items), size)]


class Calendar(object):
    """Base calendar: computes the data, formats nothing."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._first_wd % 7

    def setfirstweekday(self, firstweekday):
        self._first_wd = firstweekday

    firstweekday = property(fget=getfirstweekday, fset=setfirstweekday,
                            doc="First weekday (0 = Monday).")

    def iterweekdays(self):
        """Yield the seven weekday numbers in display order."""
        start = self.firstweekday
        for k in range(7):
            yield (start + k) % 7

    def _padding(self, year, month):
        first, count = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        trail = (self.firstweekday - first - count) % 7
        return lead, count, trail

    def itermonthdates(self, year, month):
        """Yield datetime.date objects covering whole weeks of the month."""
        for triple in self.itermonthdays3(year, month):
            yield datetime.date(*triple)

    def itermonthdays(self, year, month):
        """Yield day numbers of whole weeks; 0 outside the month."""
        lead, count, trail = self._padding(year, month)
        yield from repeat(0, lead)
        yield from range(1, count + 1)
        yield from repeat(0, trail)

    def itermonthdays2(self, year, month):
        """Like itermonthdays() but yields (day, weekday) pairs."""
        wd = self.firstweekday
        for d in self.itermonthdays(year, month):
            yield d, wd
            wd = (wd + 1) % 7

    def itermonthdays3(self, year, month):
        """Yield (year, month, day) tuples of whole weeks."""
        lead, count, trail = self._padding(year, month)
        py, pm = _month_before(year, month)
        prev_len = _days_in(py, pm)
        for d in range(prev_len - lead + 1, prev_len + 1):
            yield py, pm, d
        for d in range(1, count + 1):
            yield year, month, d
        ny, nm = _month_after(year, month)
        for d in range(1, trail + 1):
            yield ny, nm, d

    def itermonthdays4(self, year, month):
        """Yield (year, month, day, weekday) tuples of whole weeks."""
        base = self.firstweekday
        for k, triple in enumerate(self.itermonthdays3(year, month)):
            yield triple + ((base + k) % 7,)

    def monthdatescalendar(self, year, month):
        """List of weeks, each a list of seven datetime.date objects."""
        return _chop(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        """List of weeks, each a list of seven (day, weekday) pairs."""
        return _chop(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        """List of weeks, each a list of seven day numbers."""
        return _chop(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        """Year data for formatting: rows of `width` months of dates."""
        return _chop([self.monthdatescalendar(year, m)
                      for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        """Like yeardatescalendar() with (day, weekday) pairs."""
        return _chop([self.monthdays2calendar(year, m)
                      for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        """Like yeardatescalendar() with plain day numbers."""
        return _chop([self.monthdayscalendar(year, m)
                      for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """Calendar producing plain-text output."""

    def prweek(self, theweek, width):
        """Print one week (no trailing newline)."""
        text = self.formatweek(theweek, width)
        print(text, end='')

    def formatday(self, day, weekday, width):
        """A single day cell."""
        text = '%2i' % day if day else ''
        return text.center(width)

    def formatweek(self, theweek, width):
        """One week as a line of text."""
        return ' '.join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatweekday(self, day, width):
        """A weekday name, truncated to width."""
        table = day_name if width >= 9 else day_abbr
        return table[day][:width].center(width)

    def formatweekheader(self, width):
        """The row of weekday names."""
        return ' '.join([self.formatweekday(k, width)
                         for k in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """The month title, centred in width."""
        title = month_name[themonth]
        if withyear:
            title = '%s %r' % (title, theyear)
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Print a month's calendar."""
        text = self.formatmonth(theyear, themonth, w, l)
        print(text, end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month's calendar as a multi-line string."""
        w = max(2, w)
        l = max(1, l)
        gap = '\n' * l
        parts = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1)
                 .rstrip(), gap, self.formatweekheader(w).rstrip(), gap]
        for days in self.monthdays2calendar(theyear, themonth):
            parts += [self.formatweek(days, w).rstrip(), gap]
        return ''.join(parts)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A whole year's calendar as a multi-line string."""
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        gap = '\n' * l
        cell = 7 * (w + 1) - 1
        total = cell * m + c * (m - 1)
        out = [repr(theyear).center(total).rstrip(), gap]
        names_row = self.formatweekheader(w)
        for row_no, row in enumerate(self.yeardays2calendar(theyear, m)):
            first = row_no * m + 1
            months = range(first, min(first + m, 13))
            out.append(gap)
            titles = [self.formatmonthname(theyear, k, cell, False)
                      for k in months]
            out.append(formatstring(titles, cell, c).rstrip())
            out.append(gap)
            out.append(formatstring([names_row] * len(months), cell, c).rstrip())
            out.append(gap)
            tallest = max(len(weeks) for weeks in row)
            for k in range(tallest):
                line = [self.formatweek(weeks[k], w) if k < len(weeks) else ''
                        for weeks in row]
                out.append(formatstring(line, cell, c).rstrip())
                out.append(gap)
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Write the calendar of a whole year to standard output."""
        text = self.formatyear(theyear, w, l, c, m)
        print(text, end='')


class HTMLCalendar(Calendar):
    """Calendar producing HTML tables."""

    # CSS class names used in the generated markup
    cssclasses = "mon tue wed thu fri sat sun".split()
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month = cssclass_month_head = "month"
    cssclass_year = cssclass_year_head = "year"

    def formatday(self, day, weekday):
        """One table cell."""
        if not day:
            return f'<td class="{self.cssclass_noday}">&nbsp;</td>'
        return f'<td class="{self.cssclasses[weekday]}">{day:d}</td>'

    def formatweek(self, theweek):
        """One table row."""
        cells = ''.join([self.formatday(d, wd) for d, wd in theweek])
        return f'<tr>{cells}</tr>'

    def formatweekday(self, day):
        """One header cell."""
        css = self.cssclasses_weekday_head[day]
        return f'<th class="{css}">{day_abbr[day]}</th>'

    def formatweekheader(self):
        """The header row."""
        cells = ''.join([self.formatweekday(k) for k in self.iterweekdays()])
        return f'<tr>{cells}</tr>'

    def formatmonthname(self, theyear, themonth, withyear=True):
        """The month title row."""
        title = month_name[themonth]
        if withyear:
            title = f'{title} {theyear}'
        return (f'<tr><th colspan="7" class="{self.cssclass_month_head}">'
                f'{title}</th></tr>')

    def formatmonth(self, theyear, themonth, withyear=True):
        """A month as an HTML table."""
        rows = [f'<table border="0" cellpadding="0" cellspacing="0" '
                f'class="{self.cssclass_month}">',
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows += [self.formatweek(days) for days in
                 self.monthdays2calendar(theyear, themonth)]
        rows.append('</table>')
        return '\n'.join(rows) + '\n'

    def formatyear(self, theyear, width=3):
        """A year as an HTML table of month tables."""
        width = max(width, 1)
        pieces = [f'<table border="0" cellpadding="0" cellspacing="0" '
                  f'class="{self.cssclass_year}">\n',
                  f'<tr><th colspan="{width:d}" '
                  f'class="{self.cssclass_year_head}">{theyear}</th></tr>']
        for start in range(1, 13, width):
            pieces.append('<tr>')
            for m in range(start, min(start + width, 13)):
                pieces.append('<td>')
                pieces.append(self.formatmonth(theyear, m, withyear=False))
                pieces.append('</td>')
            pieces.append('</tr>')
        pieces.append('</table>')
        return ''.join(pieces)

    def formatyearpage(self, theyear, width=3, css='calendar.css',
                       encoding=None):
        """A complete XHTML page (as bytes) with a year's calendar."""
        if encoding is None:
            # (Ferrython's sys lacks getdefaultencoding; it is utf-8)
            probe = getattr(sys, 'getdefaultencoding', None)
            encoding = probe() if probe is not None else 'utf-8'

        head = [f'<?xml version="1.0" encoding="{encoding}"?>',
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
                '<html>', '<head>',
                f'<meta http-equiv="Content-Type" '
                f'content="text/html; charset={encoding}" />']
        if css is not None:
            head.append(f'<link rel="stylesheet" type="text/css" '
                        f'href="{css}" />')
        head.append('<title>Calendar for %d</title>' % theyear)
        head += ['</head>', '<body>']
        page = ('\n'.join(head) + '\n' + self.formatyear(theyear, width)
                + '</body>\n</html>\n')
        return page.encode(encoding, "xmlcharrefreplace")


def _locale_module():
    try:
        import locale as _loc
    except ImportError:       # not every runtime ships a locale module
        return None
    return _loc


class different_locale:
    """Context manager temporarily switching LC_TIME."""

    def __init__(self, locale):
        self.locale = locale
        self.oldlocale = None

    def __enter__(self):
        mod = _locale_module()
        if mod is not None:
            self.oldlocale = mod.getlocale(mod.LC_TIME)
            mod.setlocale(mod.LC_TIME, self.locale)

    def __exit__(self, *exc):
        mod = _locale_module()
        if mod is not None:
            mod.setlocale(mod.LC_TIME, self.oldlocale)


def _default_time_locale():
    mod = _locale_module()
    if mod is None:
        return None
    current = mod.setlocale(mod.LC_TIME, None)
    if current == 'C':
        with different_locale(''):
            current = mod.setlocale(mod.LC_TIME, None)
    return current


class _LocaleNames:
    """Mixin: render weekday and month names under self.locale."""

    def _setup_locale(self, locale):
        self.locale = _default_time_locale() if locale is None else locale

    def formatweekday(self, day, *width):
        with different_locale(self.locale):
            return super().formatweekday(day, *width)

    def formatmonthname(self, theyear, themonth, *rest, **kw):
        with different_locale(self.locale):
            return super().formatmonthname(theyear, themonth, *rest, **kw)


class LocaleTextCalendar(_LocaleNames, TextCalendar):
    """TextCalendar using the month and day names of a locale."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self._setup_locale(locale)


class LocaleHTMLCalendar(_LocaleNames, HTMLCalendar):
    """HTMLCalendar using the month and day names of a locale."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self._setup_locale(locale)


# module-level interface backed by a shared TextCalendar
c = TextCalendar()


def setfirstweekday(firstweekday):
    if firstweekday < MONDAY or firstweekday > SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.setfirstweekday(firstweekday)


firstweekday = c.getfirstweekday
monthcalendar, prweek, week = c.monthdayscalendar, c.prweek, c.formatweek
weekheader, prmonth, month = c.formatweekheader, c.prmonth, c.formatmonth
calendar, prcal = c.formatyear, c.pryear

_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print columns of text centred in colwidth."""
    line = formatstring(cols, colwidth, spacing)
    print(line)


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """Return columns of text centred in colwidth, separated by spaces."""
    return (' ' * spacing).join([col.center(colwidth) for col in cols])


EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()  # 719163


def timegm(tuple):
    """Inverse of time.gmtime(): seconds since the epoch for a UTC tuple."""
    yy, mm, dd, hh, mi, ss = tuple[:6]
    first_of_month = datetime.date(yy, mm, 1).toordinal()
    days = first_of_month - _EPOCH_ORD + (dd - 1)
    return ((days * 24 + hh) * 60 + mi) * 60 + ss


def main(args=None):
    import argparse
    cli = argparse.ArgumentParser()
    text_opts = cli.add_argument_group('text only arguments')
    html_opts = cli.add_argument_group('html only arguments')
    text_opts.add_argument("-w", "--width", type=int, default=2,
                           help="width of date column (default 2)")
    text_opts.add_argument("-l", "--lines", type=int, default=1,
                           help="number of lines for each week (default 1)")
    text_opts.add_argument("-s", "--spacing", type=int, default=6,
                           help="spacing between months (default 6)")
    text_opts.add_argument("-m", "--months", type=int, default=3,
                           help="months per row (default 3)")
    html_opts.add_argument("-c", "--css", default="calendar.css",
                           help="CSS to use for page")
    cli.add_argument("-L", "--locale", default=None,
                        help="locale to use for month and weekday names")
    cli.add_argument("-e", "--encoding", default=None,
                        help="encoding to use for output")
    cli.add_argument("-t", "--type", default="text",
                        choices=["text", "html"],
                        help="output type (text or html)")
    cli.add_argument("year", nargs='?', type=int,
                        help="year number (1-9999)")
    cli.add_argument("month", nargs='?', type=int,
                        help="month number (1-12, text only)")

    opts = cli.parse_args(args)
    if opts.locale and not opts.encoding:
        cli.error("if --locale is specified --encoding is required")
    locale = (opts.locale, opts.encoding) if opts.locale else None
    today = datetime.date.today()

    if opts.type == "html":
        if opts.month:
            cli.error("incorrect number of arguments")
        cal = (LocaleHTMLCalendar(locale=locale) if opts.locale
               else HTMLCalendar())
        encoding = opts.encoding
        if not encoding:
            probe = getattr(sys, 'getdefaultencoding', None)
            encoding = probe() if probe is not None else 'utf-8'
        year = today.year if opts.year is None else opts.year
        page = cal.formatyearpage(year, css=opts.css, encoding=encoding)
        sys.stdout.buffer.write(page)
        return

    cal = (LocaleTextCalendar(locale=locale) if opts.locale
           else TextCalendar())

    if opts.year is None:
        text = cal.formatyear(today.year, opts.width, opts.lines,
                              opts.spacing, opts.months)
    elif opts.month is None:
        text = cal.formatyear(opts.year, opts.width, opts.lines,
                              opts.spacing, opts.months)
    else:
        text = cal.formatmonth(opts.year, opts.month, opts.width,
                               opts.lines)
    if opts.encoding:
        sys.stdout.buffer.write(text.encode(opts.encoding))
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
