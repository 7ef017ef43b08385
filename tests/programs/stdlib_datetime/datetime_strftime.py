# strftime/format directives for date, time and datetime objects.
from datetime import datetime, date, time, timezone, timedelta

samples = [datetime(2024, 1, 2, 15, 4, 5, 60), datetime(5, 3, 9), datetime(1, 1, 1),
           datetime(999, 12, 31, 23, 59, 59, 999999), datetime(2024, 12, 31, 12),
           datetime(2021, 1, 3, 0, 30), datetime(9999, 12, 31)]
formats = ['%Y-%m-%d %H:%M:%S.%f', '%a %A %b %B %h', '%j %U %W %w %u', '%y %p %I %P', '%c', '%x',
           '%X', '%%', '%G-%V-%u %g', '%e|%D|%T|%F|%R|%r|%C|%k|%l', '%Q %E %+', 'abc%', '%Ey %Oy %Ec',
           '%-d %_d %0e %5Y %-j %3j %^a %#b %#p %10A %-5d %5%']
for d in samples:
    print(repr(d))
    for f in formats:
        print('   ', repr(f), repr(d.strftime(f)))

aware = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=-5, minutes=-30), 'NST'))
print(aware.strftime('%z|%Z|%:z'), datetime(2024, 1, 2, tzinfo=timezone.utc).strftime('%z|%Z|%:z'))
print(repr(datetime(2024, 1, 2).strftime('%z|%Z|%:z')))
print(datetime(2024, 1, 2, tzinfo=timezone(timedelta(seconds=3661, microseconds=5))).strftime('%z %:z'))
print(date(2024, 1, 2).strftime('%H:%M:%S %f %z %Z|'), time(1, 2, 3, 4).strftime('%H %f %Y %d %a'))
print(time(13, 2, tzinfo=timezone.utc).strftime('%I%p %Z %z'))
print(repr(date(2024, 1, 2).strftime('ab\x00cd')), repr(date(2024, 1, 2).strftime('')))
print(datetime(2024, 1, 2).strftime('é%Y→%m'))
print(f'{datetime(2024, 1, 2, 3, 4):%H:%M on %d %b %Y}', '{:%j}'.format(date(2024, 12, 31)))
print(format(datetime(2024, 1, 2, 3, 4), ''), format(time(5), ''))
for d in [date(2024, 1, 1), date(2024, 1, 7), date(2023, 1, 1), date(2023, 12, 31), date(2027, 1, 1)]:
    print(d, d.strftime('%U %W %V %G %j %w %u %a'))
try:
    datetime(2024, 1, 2).strftime(None)
except TypeError as e:
    print('TypeError', e)
