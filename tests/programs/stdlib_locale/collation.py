import locale

locale.setlocale(locale.LC_COLLATE, 'C')
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'éclair', 'zebra', '10', '9', '', 'a b', 'ab']
print(sorted(words, key=locale.strxfrm))
import functools
print(sorted(words, key=functools.cmp_to_key(locale.strcoll)))
pairs = [('a', 'b'), ('b', 'a'), ('abc', 'abd'), ('a', 'a'), ('a', 'z'), ('é', 'e'), ('', 'x'), ('Z', 'a')]
for a, b in pairs:
    r = locale.strcoll(a, b)
    print(repr(a), repr(b), (r > 0) - (r < 0))
print(repr(locale.strxfrm('abc')), repr(locale.strxfrm('')))
for call in ['locale.strcoll(1, "a")', 'locale.strcoll("a", 2)', 'locale.strxfrm(5)', 'locale.strxfrm(b"x")']:
    try:
        eval(call)
    except TypeError as e:
        print(call, 'TypeError', e)
