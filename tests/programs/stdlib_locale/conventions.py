import locale

locale.setlocale(locale.LC_ALL, 'C')
conv = locale.localeconv()
for key in sorted(conv):
    print(key, repr(conv[key]))
print(list(conv) == sorted(conv), len(conv))

for value in [12.5, 0, -3, 1234567.891]:
    for kw in [{}, {'symbol': False}, {'international': True}, {'grouping': True}]:
        try:
            print(locale.currency(value, **kw))
        except ValueError as e:
            print('ValueError', e)

print(locale.str(3.14159265358979), locale.str(10**20 * 1.0), locale.str(5), locale.str(-0.5))
print(repr(locale.delocalize('1,234.50')), repr(locale.delocalize('-7.25')))
print(repr(locale.localize('1234.50')), repr(locale.localize('1234.50', grouping=True)))
print(repr(locale.localize('99', monetary=True)))
