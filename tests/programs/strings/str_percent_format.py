print('%d %i %u' % (3.9, -2, 7))
print('%5s|%-5s|%.1s' % ('ab', 'ab', 'ab'))
print('%08.3f|%+.2e|%G' % (3.14159, 0.000123, 1e20))
print('%x %X %#x %#o %o' % (255, 255, 255, 8, -8))
print('%s %r' % ([1, 'a'], [1, 'a']))
print('%*d|%-*d|%.*f' % (5, 1, 5, 2, 2, 3.14159))
print('%%' % (), '%s' % (('tuple',),), '%s' % 'single')
print('%c' % 0x1F40D)
for fmt, args in [('%z', 1), ('%d', ()), ('%(k)s', 5), ('%s', (1, 2))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
