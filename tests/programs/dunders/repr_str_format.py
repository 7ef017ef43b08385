class Both:
    def __repr__(self):
        return 'Both()'
    def __str__(self):
        return 'both'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly()'
class StrOnly:
    def __str__(self):
        return 'str-only'
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, str(b), repr(b), str(r), [b, r], (b,), {'k': b}, f'{b}|{b!r}|{r}')
print(str(s), repr(s).startswith('<__main__.StrOnly'))
print('%s %r' % (b, b), '{} {!r}'.format(b, b), format(b), format(b, ''))
try:
    format(b, 'x')
except TypeError as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class Fmt:
    def __format__(self, spec):
        return f'<{spec}>'
print(f'{Fmt():abc}', format(Fmt(), '>5'), '{:x}'.format(Fmt()))
