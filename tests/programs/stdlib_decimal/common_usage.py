from decimal import Decimal, getcontext, ROUND_HALF_UP, InvalidOperation, localcontext
import decimal
print(Decimal('1.1') + Decimal('2.2'), Decimal(0.1), Decimal('3.14159').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))
print(repr(Decimal('-0')), Decimal('1e10').normalize(), Decimal('100').normalize(), Decimal(10) ** 20, Decimal(2).sqrt())
print(sum([Decimal('0.1')] * 10), Decimal('7') / Decimal('3'), Decimal('7') // Decimal('-3'), Decimal('7') % Decimal('-3'))
print(round(Decimal('2.675'), 2), round(Decimal('2.5')), int(Decimal('-3.9')), float(Decimal('1.5')), Decimal('1.50') == 1.5, hash(Decimal('1.5')) == hash(1.5))
print(f"{Decimal('1234567.891'):,.2f}", format(Decimal('0.000012345'), 'e'), Decimal('NaN').is_nan(), Decimal('Infinity') > 10**100)
print(Decimal((0, (1, 4, 1), -2)), Decimal('1.23').as_tuple(), Decimal('12.5').as_integer_ratio(), Decimal.from_float(0.25))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), ctx)
try:
    Decimal('abc')
except InvalidOperation as e:
    print(type(e).__name__, e)
print(sorted([Decimal('3'), Decimal('1.5'), Decimal('-2')]), max(Decimal('1'), 2), Decimal('1') < 1.5)
print(Decimal('5').exp(), Decimal('10').ln(), Decimal('100').log10(), Decimal('-1.5').copy_abs(), Decimal('2').compare(Decimal('3')))
print(getcontext().prec, Decimal('1.000').to_integral_value(), Decimal('123.456').adjusted(), Decimal('0.5').is_signed())
