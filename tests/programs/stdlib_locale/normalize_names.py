import locale

names = ['C', 'c', 'POSIX', 'posix', 'C.UTF-8', 'C.utf8', 'c.utf8', 'C.ascii',
         'en_US', 'en_US.utf8', 'en_US.UTF-8', 'en_us.UTF8', 'de_DE', 'de_DE@euro',
         'de_DE.ISO-8859-1', 'fr_FR', 'ja_JP', 'ru_RU', 'zh_CN', 'en_GB', 'es_ES',
         'pl_PL', 'en', 'de', 'fr', 'xx_YY', 'en_US.iso88591', 'en_US.ISO8859-15',
         'en_US.latin1', 'pt_BR.utf-8']
for n in names:
    print(repr(n), repr(locale.normalize(n)))

# getlocale() parses what setlocale() reports.
locale.setlocale(locale.LC_MESSAGES, 'C')
print(locale.getlocale(locale.LC_MESSAGES))
locale.setlocale(locale.LC_MESSAGES, 'C.UTF-8')
print(locale.getlocale(locale.LC_MESSAGES), locale.setlocale(locale.LC_MESSAGES))
locale.setlocale(locale.LC_MESSAGES, 'C')
print(locale.getencoding().upper().replace('-', '') in ('UTF8', 'ANSI_X3.41968'))
print(sorted(n for n in locale.__all__ if n.startswith('LC_')))
