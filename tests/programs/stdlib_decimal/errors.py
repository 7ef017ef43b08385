# Error cases: signals, exception classes and messages.
from decimal import *

def attempt(label, fn):
    try:
        r = fn()
        print(label, 'ok', repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ['', ' ', 'abc', '1.2.3', '1e', 'e5', '--1', '1 2', 'infinit', 'nan1x', '.', '+', '1e+', '0x10', '1,000', '_']:
    attempt(repr(s), lambda: Decimal(s))
attempt('div0', lambda: Decimal(1) / 0)
attempt('0div0', lambda: Decimal(0) / 0)
attempt('floordiv0', lambda: Decimal(5) // 0)
attempt('mod0', lambda: Decimal(5) % 0)
attempt('0mod0', lambda: Decimal(0) % 0)
attempt('impossible', lambda: Decimal('1e30') // Decimal('0.001'))
attempt('overflow', lambda: Decimal('9e999999') * 10)
attempt('inf-inf', lambda: Decimal('inf') - Decimal('inf'))
attempt('0*inf', lambda: Decimal(0) * Decimal('inf'))
attempt('sqrt-1', lambda: Decimal(-1).sqrt())
attempt('ln0', lambda: Decimal(0).ln())
attempt('ln-1', lambda: Decimal(-1).ln())
attempt('0**0', lambda: Decimal(0) ** 0)
attempt('neg**frac', lambda: Decimal(-8) ** Decimal('0.5'))
attempt('nan<1', lambda: Decimal('nan') < 1)
attempt('nan==nan', lambda: Decimal('nan') == Decimal('nan'))
attempt('snan==1', lambda: Decimal('snan') == 1)
attempt('snan+1', lambda: Decimal('snan') + 1)
attempt('hash snan', lambda: hash(Decimal('snan')))
attempt('int nan', lambda: int(Decimal('nan')))
attempt('int inf', lambda: int(Decimal('-inf')))
attempt('round nan', lambda: round(Decimal('nan')))
attempt('round inf', lambda: round(Decimal('inf')))
attempt('ratio inf', lambda: Decimal('inf').as_integer_ratio())
attempt('ratio nan', lambda: Decimal('nan').as_integer_ratio())
attempt('float snan', lambda: float(Decimal('snan')))
attempt('quantize big', lambda: Decimal('1e40').quantize(Decimal('0.1')))
attempt('quantize inf', lambda: Decimal(1).quantize(Decimal('inf')))
attempt('bad tuple', lambda: Decimal((3, (1,), 0)))
attempt('bad digits', lambda: Decimal((0, (1, 12), 0)))
attempt('bad exp', lambda: Decimal((0, (1,), 'q')))
attempt('bad prec', lambda: Context(prec=0))
attempt('bad rounding', lambda: Context(rounding='UP'))
attempt('bad Emin', lambda: Context(Emin=1))
attempt('bad Emax', lambda: Context(Emax=-1))
attempt('bad clamp', lambda: Context(clamp=5))
attempt('bad signal', lambda: Context(traps=[ValueError]))
attempt('float trap', lambda: Decimal(0.5))
c = getcontext()
c.traps[FloatOperation] = True
attempt('float trapped', lambda: Decimal(0.5))
attempt('float lt', lambda: Decimal(1) < 1.5)
attempt('from_float ok', lambda: Decimal.from_float(0.5))
c.traps[FloatOperation] = False
print(c.flags[FloatOperation])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(DivisionUndefined, ZeroDivisionError),
      issubclass(FloatOperation, TypeError), issubclass(Overflow, Inexact), issubclass(Underflow, Subnormal),
      issubclass(ConversionSyntax, InvalidOperation), issubclass(InvalidOperation, ArithmeticError),
      issubclass(Clamped, DecimalException))
print([cls.__name__ for cls in Underflow.__mro__])
print(DivisionByZero, ConversionSyntax, repr(InvalidOperation([ConversionSyntax])))
ctx = Context(traps=[])
print(ctx.divide(1, 0), ctx.divide(0, 0), ctx.sqrt(-4), ctx.create_decimal('junk'), ctx)
try:
    Decimal('1e999999') * Decimal('1e999999')
except ArithmeticError as e:
    print('caught', type(e).__name__)
