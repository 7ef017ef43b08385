import calendar
h = calendar.HTMLCalendar(6)
print(h.formatmonth(2024, 2))
print(h.formatyear(2023, 4)[:300])
print(h.formatyearpage(2024, css=None, encoding='ascii')[:200])
print(calendar.TextCalendar(2).formatyear(2024, 3, 2, 1, 5))
print(calendar.leapdays(-400, 2401), [calendar.weekday(y, 2, 28) for y in (-1, 0, 1, 9999, 10001)])
