import calendar
print(calendar.month(2024, 2))
print(calendar.month(2023, 12, 4, 2))
calendar.prmonth(1999, 9)
print(calendar.TextCalendar(6).formatmonth(2024, 3, 10))
print(calendar.TextCalendar(calendar.SUNDAY).formatweekheader(3))
print(repr(calendar.TextCalendar().formatweek([(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6)], 3)))
