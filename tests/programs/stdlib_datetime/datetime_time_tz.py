# time objects, timezone, and tzinfo subclasses.
from datetime import time, timezone, timedelta, tzinfo, datetime, UTC


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


utc = timezone.utc
for args, kw in [((3, 4, 5), {}), ((3, 4), {}), ((), {}), ((3, 4, 0, 6), {}),
                 ((3, 4, 5), {'tzinfo': utc}), ((3, 4, 5), {'fold': 1}),
                 ((3, 4, 5, 6, timezone(timedelta(hours=-5))), {'fold': 1}),
                 ((24,), {}), ((-1,), {}), ((1, 60), {}), ((1, 1, 60), {}), ((1, 1, 1, 1000000), {}),
                 ((1,), {'tzinfo': 1}), ((), {'fold': 2}), ((1.5,), {})]:
    show((args, kw), lambda: time(*args, **kw))

t = time(3, 4, 5, 6)
print(t, t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, t.isoformat(spec), time(3, 4).isoformat(timespec=spec))
show('bad timespec', lambda: t.isoformat(timespec='bad'))
print(time.min, time.max, repr(time.resolution), bool(time()), bool(time(0, tzinfo=utc)))
print(t.replace(hour=5), t.replace(tzinfo=utc), t.replace(tzinfo=utc).replace(tzinfo=None))
print(t.utcoffset(), t.dst(), t.tzname())
tu = time(3, 4, tzinfo=utc)
print(tu, tu.utcoffset(), tu.dst(), tu.tzname(), tu.isoformat())
print(time(3, 4, 5, tzinfo=timezone(timedelta(hours=5, minutes=30))).isoformat())
print(time(3, 4, 5, tzinfo=timezone(timedelta(seconds=5))).isoformat())
print(time(3, 4, 5, tzinfo=timezone(timedelta(microseconds=5))).isoformat())
print(time(3, 4) < time(3, 5), time(3, 4) == time(3, 4, tzinfo=utc), time(3, 4) != time(3, 4, tzinfo=utc))
show('naive < aware', lambda: time(3, 4) < time(3, 4, tzinfo=utc))
east = timezone(timedelta(hours=1))
print(time(3, 4, tzinfo=east) == time(2, 4, tzinfo=utc), time(3, 4, tzinfo=east) < time(2, 5, tzinfo=utc))
print(hash(time(3, 4, tzinfo=east)) == hash(time(2, 4, tzinfo=utc)), time(1, fold=1) == time(1))
print(hash(time(1, fold=1)) == hash(time(1)))
print(time(12).strftime('%p %I %H:%M:%S'), time(0, 5).strftime('%p %I'), time(1, 2, 3).strftime('%Y-%m-%d %j'))
print(format(time(1, 2), ''), format(time(1, 2), '%H.%M'))

print(repr(utc), str(utc), utc is UTC, timezone(timedelta(0)) is utc, timezone(timedelta(0), 'UTC') is utc)
for args in [(timedelta(hours=1),), (timedelta(hours=1), 'CET'), (timedelta(0),), (timedelta(0), 'UTC'),
             (timedelta(hours=-1, minutes=-30),), (timedelta(seconds=3661),), (timedelta(microseconds=1),),
             (timedelta(seconds=1.5),), (timedelta(hours=24),), (timedelta(hours=-24),), (1,),
             (timedelta(hours=1), 5), (timedelta(0), None)]:
    try:
        tz = timezone(*args)
        print(args, repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None))
    except Exception as e:
        print(args, type(e).__name__, e)
print(repr(timezone.min), repr(timezone.max))
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'X'), timezone(timedelta(hours=1)) == 5)
print(hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), 'X')))
show('utcoffset(5)', lambda: east.utcoffset(5))
show('tzname(5)', lambda: east.tzname(5))
show('fromutc naive', lambda: east.fromutc(datetime(2024, 1, 1)))
show('fromutc other', lambda: east.fromutc(5))
show('fromutc ok', lambda: east.fromutc(datetime(2024, 1, 1, tzinfo=east)))
print(isinstance(utc, tzinfo), issubclass(timezone, tzinfo))
base = tzinfo()
for name in ['utcoffset', 'dst', 'tzname']:
    show(name, lambda: getattr(base, name)(None))


class Fixed(tzinfo):
    """A tzinfo with a fixed offset of 1h 30s and a name."""

    def utcoffset(self, dt):
        return timedelta(hours=1, seconds=30)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return 'XTZ'

    def __repr__(self):
        return 'Fixed()'


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5


class TooBig(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=25)


class BadName(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1)

    def tzname(self, dt):
        return 5


fx = Fixed()
dt = datetime(2024, 1, 2, tzinfo=fx)
print(repr(dt), dt.isoformat(), dt.utcoffset(), dt.dst(), dt.tzname())
print(dt.strftime('%z %Z %:z'), dt.timetuple().tm_isdst, dt.astimezone(utc))
print(dt - datetime(2024, 1, 2, tzinfo=utc), fx.fromutc(datetime(2024, 1, 2, tzinfo=fx)))
print(time(1, tzinfo=fx).utcoffset(), time(1, tzinfo=fx).isoformat())
show('bad offset type', lambda: datetime(2024, 1, 2, tzinfo=Bad()).utcoffset())
show('offset too big', lambda: datetime(2024, 1, 2, tzinfo=TooBig()).utcoffset())
show('bad tzname', lambda: datetime(2024, 1, 2, tzinfo=BadName()).tzname())
show('base tzinfo', lambda: datetime(2024, 1, 2, tzinfo=tzinfo()).utcoffset())
