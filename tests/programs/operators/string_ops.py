print('ab' + 'cd', 'ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -1)
print('%s is %d years' % ('Tom', 30))
print('%5.2f|%-5d|%05d|%x|%X|%o|%e' % (3.14159, 42, 42, 255, 255, 8, 12345.678))
print('%r %s %a' % ('é', 'é', 'é'))
print('%(name)s=%(val)d' % {'name': 'x', 'val': 3})
print('%c%c' % (65, 'b'), '100%%', '%+d %+d' % (5, -5))
print('%.3s|%10s|%-10s|' % ('abcdef', 'r', 'l'))
try:
    '%d' % 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%s %s' % ('a',)
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' * 'b'
except TypeError as e:
    print(type(e).__name__, e)
