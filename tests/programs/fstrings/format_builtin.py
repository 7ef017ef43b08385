print(format(12, ''), format('x'), format(3.5), format([1, 2]), format(None))
print(format(1234.5, '>12,.2f'), format(-0.0, '.1f'), format(0.0, '+.1f'))
print('{:d}'.format(10), '{:s}'.format('x'), '{!r:^9}'.format('q'))
print('{0}{1}{0}'.format('a', 'b'), '{} {}'.format(*'xy'), '{a}{b}'.format(**{'a': 1, 'b': 2}))
print(format(2 ** 100, 'x'), format(2 ** 100, ',d'), format(2 ** 100, 'e'))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == 'usd':
            return f'${self.v:.2f}'
        return format(self.v, spec)
m = Money(3.5)
print(f'{m:usd}', f'{m:.1f}', format(m, 'usd'), '{:usd}'.format(m))
try:
    '{:d}'.format('x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    '{'.format()
except ValueError as e:
    print(type(e).__name__, e)
try:
    '}'.format()
except ValueError as e:
    print(type(e).__name__, e)
