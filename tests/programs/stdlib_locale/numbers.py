import locale

locale.setlocale(locale.LC_NUMERIC, 'C')
cases = [
    ("%d items, %.2f each", (1234567, 1234.5), True),
    ("%s|%5.1f|%%", ("x", 2.25), False),
    ("%(a)d and %(b)s", {"a": 5, "b": "five"}, False),
    ("%.3f", 1234567.891, True),
    ("%x %o %e", (255, 8, 12345.678), False),
    ("%5s|%-5s|", ("ab", "cd"), False),
    ("%*d|%.*f", (6, 42, 2, 3.14159), False),
    ("%+d %+d", (5, -5), False),
    ("no specs", (), False),
    ("%r %s", ('é', 'é'), False),
    ("%d", "x", False),
    ("%d %d", 5, False),
    ("%d", (1, 2), False),
]
for fmt, val, grouping in cases:
    try:
        print(repr(locale.format_string(fmt, val, grouping)))
    except Exception as e:
        print(fmt, type(e).__name__, e)

for text in [' 42 ', '-17', '3.25', '1,234.5', '12.5', '1e3', 'nan', 'abc', '']:
    for func in (locale.atoi, locale.atof):
        try:
            print(func.__name__, repr(text), repr(func(text)))
        except ValueError as e:
            print(func.__name__, repr(text), 'ValueError', e)
print(locale.atof('2.5', lambda s: s + '!'))
try:
    locale.atof('2.5', int)
except ValueError as e:
    print('ValueError', e)

prices = ['19.99', '5.00', '120.50', '0.99']
print(sum(locale.atof(p) for p in prices))
print(locale.format_string('%.2f', sum(locale.atof(p) for p in prices)))
