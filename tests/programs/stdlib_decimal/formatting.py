# __format__ with the float-like mini-language, exact for Decimal.
from decimal import *

specs = ['', '.2f', '.0f', 'f', '.3e', 'e', 'E', '.4g', 'g', 'G', '.1%', '%', ',.2f', ',',
         '>12.2f', '<12.2f', '^12.2f', '*^14,.2f', '=+12.2f', '012.3f', '+.2f', ' .2f',
         '010,.1f', '.10g', '.1g', 'z.2f', 'n', '.3']
vals = ['1234567.8951', '-0.0049', '0', '-0', '1E+6', '0.000012345', '2.5', '99.995',
        '12345678901234567890.123', 'Infinity', '-NaN', '1.10']
for s in specs:
    print(repr(s), [format(Decimal(v), s) for v in vals])
with localcontext(rounding=ROUND_HALF_UP):
    print(format(Decimal('0.125'), '.2f'), format(Decimal('2.5'), '.0f'), f"{Decimal('1.005'):.2f}")
print(format(Decimal('0.125'), '.2f'), format(Decimal('2.5'), '.0f'))
amount = Decimal('1234567.891')
print(f"{amount:,.2f} {amount:>20,.2f}| {amount:.2e} {amount:.3%}")
print('{:_^20.3f}'.format(Decimal('3.14159')), '{0:.5}'.format(Decimal('2') / 3))
for bad in ['.2x', '#.2f', '_.2f', '.f']:
    try:
        format(Decimal('1.5'), bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
