# timedelta: normalisation, float rounding, str/repr, arithmetic and limits.
from datetime import timedelta


def show(label, fn):
    try:
        r = fn()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


cases = [
    {}, {'days': 1, 'seconds': 3600}, {'hours': -25}, {'seconds': -1}, {'microseconds': -1},
    {'weeks': 1, 'days': -1, 'hours': -1.5, 'minutes': 3, 'milliseconds': -0.5},
    {'days': 0.1}, {'days': 1.123456789}, {'minutes': 0.5}, {'hours': 1.1},
    {'microseconds': 1.5}, {'microseconds': 2.5}, {'microseconds': -0.5}, {'microseconds': -1.5},
    {'seconds': 1e-7}, {'seconds': 1.5e-6}, {'seconds': 2.5e-6}, {'seconds': 1.5, 'microseconds': 0.5},
    {'weeks': 0.1, 'days': 0.1, 'hours': 0.1, 'minutes': 0.1, 'seconds': 0.1, 'milliseconds': 0.1,
     'microseconds': 0.1},
    {'days': 999999999, 'hours': 23, 'minutes': 59, 'seconds': 59, 'microseconds': 999999},
    {'days': True}, {'milliseconds': 1500}, {'seconds': 86400 * 3 + 7},
]
for kw in cases:
    td = timedelta(**kw)
    print(kw, repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())

print(timedelta(1, 2, 3), timedelta(0, 0, 0, 4, 5, 6, 7))
for args in [{'days': 1e9}, {'days': 999999999, 'hours': 24}, {'days': -1000000000},
             {'microseconds': 1e20}, {'days': '1'}, {'seconds': None}, {'weeks': 1j}]:
    show(args, lambda: timedelta(**args))

print(timedelta.min, repr(timedelta.min))
print(timedelta.max, repr(timedelta.max))
print(repr(timedelta.resolution), -timedelta.min == timedelta(999999999))
show('-max', lambda: -timedelta.max)
show('max + 1', lambda: timedelta.max + timedelta(1))
show('min - 1us', lambda: timedelta.min - timedelta.resolution)

h = timedelta(hours=1)
m7 = timedelta(minutes=7)
for label, fn in [
    ('h + m7', lambda: h + m7), ('h - m7', lambda: h - m7), ('m7 - h', lambda: m7 - h),
    ('h * 3', lambda: h * 3), ('3 * h', lambda: 3 * h), ('h * 0.1', lambda: h * 0.1),
    ('0.1 * h', lambda: 0.1 * h), ('h * -2.5', lambda: h * -2.5), ('h * True', lambda: h * True),
    ('h / m7', lambda: h / m7), ('h // m7', lambda: h // m7), ('h % m7', lambda: h % m7),
    ('divmod', lambda: divmod(h, m7)), ('divmod neg', lambda: divmod(-h, m7)),
    ('h / 7', lambda: h / 7), ('h // 7', lambda: h // 7), ('h / 2.5', lambda: h / 2.5),
    ('us3 * 0.5', lambda: timedelta(microseconds=3) * 0.5),
    ('us1 * 0.5', lambda: timedelta(microseconds=1) * 0.5),
    ('us5 / 2', lambda: timedelta(microseconds=5) / 2), ('us3 / 2', lambda: timedelta(microseconds=3) / 2),
    ('-h', lambda: -h), ('+h', lambda: +h), ('abs', lambda: abs(timedelta(-1, 5))),
    ('h / 0', lambda: h / 0), ('h // 0', lambda: h // 0), ('h / 0.0', lambda: h / 0.0),
    ('h / td0', lambda: h / timedelta(0)), ('h // td0', lambda: h // timedelta(0)),
    ('h % td0', lambda: h % timedelta(0)),
    ('h // 2.5', lambda: type(h // 2.5)), ('h + 1', lambda: type(h + 1)),
]:
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__, str(e).replace('datetime.', ''))

print(h == timedelta(minutes=60), h != m7, m7 < h, h <= h, h > m7, h >= timedelta(days=1))
print(h == 1, h != 'x', bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(sorted([h, m7, -h, timedelta(0), timedelta(days=-1)]))
print(hash(timedelta(hours=24)) == hash(timedelta(days=1)), len({timedelta(hours=24), timedelta(1)}))
print(sum([timedelta(minutes=20)] * 5, timedelta()))


class MyDelta(timedelta):
    pass


md = MyDelta(days=1, seconds=5)
print(repr(md), str(md), type(md + h).__name__, type(-md).__name__, type(md * 2).__name__)
print(md.__reduce__()[1], timedelta(1, 2, 3).__reduce__())
try:
    h.days = 5
except AttributeError:
    print('read-only days')
