class P:
    def __repr__(self):
        return 'P-repr'
    def __str__(self):
        return 'P-str'
    def __format__(self, spec):
        return f'P-format[{spec}]'
p = P()
print(f'{p}', f'{p!s}', f'{p!r}', f'{p!a}', f'{p:xyz}', f'{p!r:>10}', f'{p!s:*<8}')
print(format(p), format(p, 'q'), str(p), repr(p))
print(f'{"café"!a}', f'{"tab	"!r}')
class NoFormat:
    pass
try:
    f'{NoFormat():d}'
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(5, 'z')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format('s', 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, 'd')
except ValueError as e:
    print(type(e).__name__, e)
