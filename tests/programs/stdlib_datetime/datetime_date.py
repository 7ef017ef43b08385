# date: construction, validation, calendar computations, ISO formats, arithmetic.
from datetime import date, datetime, timedelta, MINYEAR, MAXYEAR


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


print(MINYEAR, MAXYEAR, date.min, date.max, repr(date.resolution))
for args in [(2024, 1, 2), (1, 1, 1), (9999, 12, 31), (2024, 2, 29), (True, 1, 1),
             (0, 1, 1), (10000, 1, 1), (2024, 13, 1), (2024, 0, 1), (2023, 2, 29), (2024, 4, 31),
             (2024, 1, 0), (2024.0, 1, 1), ('2024', 1, 1), (2024, 1), (1900, 2, 29), (2000, 2, 29)]:
    show(args, lambda: date(*args))
show('kw', lambda: date(day=5, month=6, year=2007))

d = date(2024, 1, 2)
print(d, repr(d), d.year, d.month, d.day, str(d), d.isoformat(), d.ctime())
print(d.weekday(), d.isoweekday(), d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week)
print(d.toordinal(), date.fromordinal(738887), date.fromordinal(1), date.fromordinal(3652059))
print(d.timetuple())
print(d.timetuple().tm_yday, d.replace(month=2), d.replace(2023, day=5), d.replace())
show('replace bad', lambda: date(2024, 1, 31).replace(month=2))
show('fromordinal 0', lambda: date.fromordinal(0))
show('fromordinal big', lambda: date.fromordinal(3652060))

for y, m, dd in [(2004, 1, 1), (2021, 1, 1), (2020, 12, 31), (2024, 12, 30), (2026, 12, 31),
                 (1, 1, 1), (9999, 12, 31), (2008, 12, 29), (2010, 1, 3)]:
    x = date(y, m, dd)
    print(x, x.isocalendar(), date.fromisocalendar(*x.isocalendar()) == x, x.strftime('%a %j'))

for args in [(2020, 53, 7), (2021, 53, 1), (2021, 1, 8), (2021, 0, 1), (10000, 1, 1), (2015, 53, 4)]:
    show(('fromisocalendar',) + args, lambda: date.fromisocalendar(*args))

for s in ['2024-01-02', '20240102', '2024-W01-2', '2024W012', '2024-W01', '2024W01', '2020-W53-7',
          '2021-W53', '2024-1-2', '2024-01-02T00:00', '', '2024-02-30', '2024-13-01', '0000-01-01',
          '2024/01/02', ' 2024-01-02', '2024-01-02 ', '2024-W01-0', '2024-W01-8']:
    show(('fromisoformat', s), lambda: date.fromisoformat(s))
show('fromisoformat int', lambda: date.fromisoformat(20240102))

print(d + timedelta(days=1, hours=23), d - timedelta(hours=1), d - timedelta(days=366))
print(timedelta(days=30) + d, date(2024, 3, 1) - date(2024, 2, 1), date(2023, 3, 1) - date(2023, 2, 1))
print(date(2000, 1, 1) - date(1999, 12, 31), date(1, 1, 1) - date(9999, 12, 31))
show('max + 1', lambda: date.max + timedelta(1))
show('min - 1', lambda: date.min - timedelta(1))
try:
    d - datetime(2024, 1, 1)
except TypeError:
    print('date - datetime: TypeError')

print(d < date(2024, 1, 3), d == date(2024, 1, 2), d != date(2024, 1, 2), d >= date(2023, 12, 31))
print(d == datetime(2024, 1, 2), d != datetime(2024, 1, 2), d == 5, d != 'x')
for other in [datetime(2024, 1, 2), 5]:
    try:
        d < other
    except TypeError as e:
        print('TypeError', type(other).__name__)
print(sorted([date(2024, 5, 1), date(2023, 1, 1), date(2024, 1, 31)]))
print(hash(date(2024, 1, 2)) == hash(date(2024, 1, 2)), len({date(2024, 1, 2), date(2024, 1, 2), d}))
print(format(d, ''), format(d, '%d/%m/%Y'), f'{d:%A %B}', '{:%Y}'.format(d))
show('format int', lambda: d.__format__(5))
show('strftime int', lambda: d.strftime(5))


class MyDate(date):
    def describe(self):
        return 'MyDate ' + self.isoformat()


md = MyDate(2024, 2, 28)
print(repr(md), md.describe(), type(md + timedelta(1)).__name__, (md + timedelta(1)).describe())
print(type(MyDate.fromordinal(5)).__name__, type(MyDate.fromisoformat('2024-01-01')).__name__,
      type(md.replace(day=1)).__name__, type(MyDate.fromisocalendar(2024, 1, 1)).__name__)
try:
    d.year = 5
except AttributeError:
    print('read-only year')
