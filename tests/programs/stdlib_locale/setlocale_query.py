import locale

# Query without changing anything: the exact values depend on the environment,
# so only their shape is printed.
print(type(locale.setlocale(locale.LC_ALL)).__name__)
print(type(locale.getlocale()).__name__, len(locale.getlocale()))
print(locale.getpreferredencoding().upper().replace('-', '') in ('UTF8', 'ANSI_X3.41968'))

for name in ['C', 'POSIX', None, 'en_US.UTF-8', 'xx_YY', 'klingon']:
    try:
        print(repr(name), '->', locale.setlocale(locale.LC_NUMERIC, name))
    except locale.Error as e:
        print(repr(name), 'Error', e)

print(locale.setlocale(locale.LC_ALL, 'C'))
print(locale.setlocale(locale.LC_ALL))
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_TIME))
print(locale.setlocale(locale.LC_TIME, 'POSIX'), locale.setlocale(locale.LC_TIME))
print(locale.setlocale(locale.LC_TIME, (None, None)), locale.setlocale(locale.LC_TIME, ('C', None)))

# "" picks the locale from the environment; it must be a usable one.
chosen = locale.setlocale(locale.LC_ALL, '')
print(isinstance(chosen, str) and len(chosen) > 0)
locale.setlocale(locale.LC_ALL, 'C')
print(locale.setlocale(locale.LC_ALL))

locale.setlocale(locale.LC_CTYPE, 'C.UTF-8')
for call in ['locale.getlocale(locale.LC_ALL)', 'locale.setlocale(99, "C")',
             'locale.setlocale(locale.LC_ALL, 5)', 'locale.setlocale("x")',
             'locale.getlocale(99)',
             'locale.setlocale(locale.LC_TIME, ("en_US", "UTF-8"))',
             'locale.setlocale(locale.LC_CTYPE, "de_DE")']:
    try:
        print(call, '->', repr(eval(call)))
    except Exception as e:
        print(call, '!!', type(e).__name__, e)

print(locale.setlocale(locale.LC_ALL))
locale.setlocale(locale.LC_ALL, 'C')
print(locale.getlocale(locale.LC_ALL))
print(issubclass(locale.Error, Exception), locale.Error.__name__)
print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE,
      locale.LC_MONETARY, locale.LC_MESSAGES, locale.LC_ALL, locale.CHAR_MAX)
