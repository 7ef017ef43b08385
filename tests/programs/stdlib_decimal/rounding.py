# Quantize / rounding tables for every rounding mode.
from decimal import *

modes = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP,
         ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
values = ['2.5', '3.5', '-2.5', '2.45', '2.55', '-2.55', '0.05', '1.0', '-0.04',
          '2.501', '7.999', '-7.001', '0.5', '1.55', '5.05', '-6.05']
print('value'.ljust(8), ' '.join(m[6:].ljust(9) for m in modes))
for v in values:
    d = Decimal(v)
    row = [str(d.quantize(Decimal('0.1'), rounding=m)).ljust(9) for m in modes]
    print(v.ljust(8), ' '.join(row))
print()
for v in values:
    d = Decimal(v)
    print(v.ljust(8), [str(d.to_integral_value(rounding=m)) for m in modes])
print()
for v in ['0.5', '1.5', '2.5', '-0.5', '-1.5', '2.675', '1.005', '123.456']:
    d = Decimal(v)
    print(v, round(d), round(d, 1), round(d, 2), round(d, 0), repr(round(d, -1)))
with localcontext(rounding=ROUND_HALF_UP):
    print([str(round(Decimal(v), 1)) for v in ['0.25', '0.35', '-0.25']])
ctx = Context(prec=3, traps=[])
for m in modes:
    ctx.rounding = m
    ctx.clear_flags()
    r = [ctx.plus(Decimal(v)) for v in ['12.35', '-12.35', '12.25', '99.95', '1.001']]
    print(m, r, ctx.flags[Inexact], ctx.flags[Rounded])
d = Decimal('1.23')
ctx = getcontext()
ctx.clear_flags()
print(d.quantize(Decimal('1.0000')), ctx.flags[Rounded])
print(d.to_integral_exact(), ctx.flags[Inexact], ctx.flags[Rounded])
ctx.clear_flags()
print(d.to_integral_value(), ctx.flags[Inexact])
try:
    Decimal('123456').quantize(Decimal('1e-30'))
except InvalidOperation as e:
    print(type(e).__name__, e)
print(Decimal('1e5').quantize(Decimal(1)), Decimal('1.50').quantize(Decimal('1e1')),
      Decimal('-0.0001').quantize(Decimal('0.01')), Decimal('inf').quantize(Decimal('inf')))
print(Decimal('3.14159').quantize(Decimal('0.001'), ROUND_CEILING), Decimal('3.14159').quantize(Decimal('1e-4'), ROUND_FLOOR))
