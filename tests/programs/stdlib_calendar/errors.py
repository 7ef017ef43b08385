import calendar
checks = [lambda: calendar.monthrange(2024, 13), lambda: calendar.month(2024, 13), lambda: calendar.setfirstweekday(7),
          lambda: calendar.setfirstweekday(-1), lambda: calendar.weekday(2024, 2, 30), lambda: calendar.monthcalendar(2024, 0),
          lambda: calendar.month_name[13], lambda: list(calendar.Calendar().itermonthdates(9999, 12)),
          lambda: calendar.timegm((2024, 13, 1, 0, 0, 0)), lambda: calendar.Calendar().monthdayscalendar(2024, 14)]
for f in checks:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, e.args, isinstance(e, ValueError))
e = calendar.IllegalMonthError(99)
print(e.month, str(e), calendar.IllegalWeekdayError(8).weekday)
