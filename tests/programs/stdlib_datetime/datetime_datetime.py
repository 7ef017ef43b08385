# datetime: construction, reprs, arithmetic, comparisons, time zones, timestamps.
from datetime import datetime, date, time, timedelta, timezone


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


utc = timezone.utc
est = timezone(timedelta(hours=-5), 'EST')
ist = timezone(timedelta(hours=5, minutes=30))
for args, kw in [((2024, 1, 2, 3, 4, 5), {}), ((2024, 1, 2), {}), ((2024, 1, 2, 0, 0, 0, 5), {}),
                 ((2024, 1, 2, 3, 4, 5, 6, utc), {}), ((2024, 1, 2), {'fold': 1}),
                 ((2024, 1, 2, 3), {'tzinfo': est, 'fold': 1}),
                 ((2024, 1, 1, 24), {}), ((2024, 1, 1), {'fold': -1}), ((2024, 2, 30), {}),
                 ((2024, 1, 1, 0, 0, 0, 0, 'UTC'), {}), ((2024, 1), {})]:
    show((args, kw), lambda: datetime(*args, **kw))

dt = datetime(2024, 1, 2, 3, 4, 5, 6)
print(dt, dt.date(), dt.time(), dt.timetz(), dt.year, dt.hour, dt.microsecond, dt.tzinfo, dt.fold)
print(str(datetime(2024, 1, 2, 3, 4, 5, tzinfo=utc)), dt.isoformat(), dt.isoformat(' '))
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, dt.isoformat(timespec=spec), datetime(2024, 1, 2, tzinfo=ist).isoformat('_', spec))
show('isoformat sep', lambda: dt.isoformat(sep='xy'))
print(datetime.min, datetime.max, repr(datetime.resolution), dt.ctime(), dt.weekday(), dt.toordinal())
print(datetime.fromordinal(738887), datetime.combine(date(2024, 1, 2), time(3, 4, tzinfo=utc)))
print(repr(datetime.combine(date(2024, 1, 2), time(3, 4), tzinfo=est)))
print(repr(datetime.combine(datetime(2024, 1, 2, 5), time(3, 4))))
show('combine bad', lambda: datetime.combine(1, time()))
print(repr(dt.replace(tzinfo=utc)), repr(dt.replace(tzinfo=utc).replace(tzinfo=None)))
print(repr(dt.replace(year=2023, second=0, microsecond=0)), repr(dt.replace(fold=1)))
show('replace bad', lambda: dt.replace(day=40))
print(dt.timetuple())
print(datetime(2024, 1, 2, 3, 4, 5, tzinfo=ist).utctimetuple())
print(datetime(2024, 1, 2, 3, tzinfo=utc).timetuple().tm_isdst, dt.timetuple().tm_isdst)

print(dt + timedelta(hours=25), dt - timedelta(days=400, microseconds=7), timedelta(1) + dt)
print(datetime(2024, 1, 2) - datetime(2023, 1, 2, 12), datetime(2024, 3, 1) - datetime(2024, 2, 28, 23, 59))
a = datetime(2024, 1, 2, 12, tzinfo=timezone(timedelta(hours=2)))
b = datetime(2024, 1, 2, tzinfo=utc)
print(a - b, b - a, a == datetime(2024, 1, 2, 10, tzinfo=utc), a > b, a.astimezone(utc) == a)
show('aware - naive', lambda: b - datetime(2024, 1, 2))
show('naive < aware', lambda: datetime(2024, 1, 2) < b)
print(datetime(2024, 1, 2) == b, datetime(2024, 1, 2) != b)
show('max + 1', lambda: datetime.max + timedelta(1))
show('min - 1us', lambda: datetime.min - timedelta(microseconds=1))
print(datetime(2024, 1, 2) == date(2024, 1, 2), datetime(2024, 1, 2) != date(2024, 1, 2))
try:
    datetime(2024, 1, 2) < date(2024, 1, 2)
except TypeError as e:
    print('TypeError', e)
print(datetime(2024, 1, 2, fold=1) == datetime(2024, 1, 2))
print(hash(datetime(2024, 1, 2, fold=1)) == hash(datetime(2024, 1, 2)))
print(hash(a) == hash(datetime(2024, 1, 2, 10, tzinfo=utc)), len({a, a.astimezone(est), a.astimezone(ist)}))
print(sorted([datetime(2024, 1, 2, 5, tzinfo=utc), datetime(2024, 1, 2, 5, tzinfo=est),
              datetime(2024, 1, 2, 5, tzinfo=ist)]))

print(repr(b.astimezone(est)), repr(b.astimezone(ist)), b.astimezone(utc) is b)
show('astimezone bad', lambda: b.astimezone(1))
print(b.timestamp(), datetime(1970, 1, 1, tzinfo=utc).timestamp(), a.timestamp())
print(datetime(2024, 1, 2, 3, 4, 5, 123456, tzinfo=timezone(timedelta(hours=-3))).timestamp())
for ts in [0, 1704164645.5, -1.25, 1.0000005, 1.0000015, 86400 * 365.25, 1e11, 2 ** 31]:
    print(ts, repr(datetime.fromtimestamp(ts, utc)), repr(datetime.fromtimestamp(ts, tz=est)))
for ts in [1e20, float('nan'), -62135596801, '1']:
    show(('fromtimestamp', ts), lambda: datetime.fromtimestamp(ts, utc))
show('fromtimestamp tz', lambda: datetime.fromtimestamp(5, tz=1))
print(datetime.fromtimestamp(0, utc).tzinfo is utc)
print(datetime.fromtimestamp(1704164645, utc).timestamp() == 1704164645)
x = datetime(2024, 6, 1, 12, tzinfo=est)
print(x.utcoffset(), x.dst(), x.tzname(), x.strftime('%Y-%m-%d %H:%M %Z %z'))


class MyDT(datetime):
    pass


m = MyDT(2024, 1, 2, 3, tzinfo=utc)
print(repr(m), type(m + timedelta(1)).__name__, type(m.replace(day=3)).__name__,
      type(m.astimezone(est)).__name__, type(MyDT.combine(date(2024, 1, 1), time())).__name__,
      type(MyDT.fromisoformat('2024-01-02')).__name__, type(MyDT.strptime('2024', '%Y')).__name__)
print(type(m - m).__name__, isinstance(m, date), MyDT.__mro__[1].__name__)
