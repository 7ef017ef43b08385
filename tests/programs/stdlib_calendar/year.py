import calendar
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 2, 4, 4))
calendar.prcal(2000, m=2, c=3)
print(calendar.TextCalendar(3).formatyear(1, m=6))
