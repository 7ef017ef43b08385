# Context precision, flags, traps and localcontext behaviour.
from decimal import *

print(getcontext())
for p in (1, 2, 5, 10, 28, 40):
    with localcontext() as c:
        c.prec = p
        print(p, Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal('123456789.987654321') * 3)
with localcontext(prec=6, rounding=ROUND_DOWN) as c:
    print(c.prec, c.rounding, Decimal(2) / 3, Decimal('0.9999999') + 0)
    print(c)
print(getcontext().prec, getcontext().rounding)

c = Context(prec=5, Emin=-10, Emax=10, traps=[])
tests = [('mul', c.multiply, Decimal('1e10'), 10), ('div', c.divide, 1, Decimal('3e12')),
         ('sub', c.subtract, Decimal('1e-10'), Decimal('0.99e-10')), ('add', c.add, Decimal('99999'), 1),
         ('exact', c.add, Decimal('1.5'), Decimal('2.25')), ('tiny', c.multiply, Decimal('1e-12'), Decimal('1e-5'))]
for name, fn, a, b in tests:
    c.clear_flags()
    r = fn(a, b)
    print(name, repr(r), [s.__name__ for s in (Inexact, Rounded, Subnormal, Underflow, Overflow, Clamped) if c.flags[s]])
print(c.Etiny(), c.Etop())
c2 = Context(prec=4, Emax=9, Emin=-9, clamp=1)
print(c2.create_decimal('1.5e9'), c2.create_decimal('12345'), c2.flags[Clamped], c2.flags[Rounded])

# traps
c = getcontext()
c.traps[Inexact] = True
try:
    Decimal(1) / 3
except Inexact as e:
    print('trapped', type(e).__name__, e, isinstance(e, ArithmeticError))
c.traps[Inexact] = False
print(Decimal(1) / 4)
c.traps[DivisionByZero] = False
c.clear_flags()
print(Decimal(1) / 0, Decimal(-1) / 0, c.flags[DivisionByZero])
c.traps[DivisionByZero] = True
c.traps[InvalidOperation] = False
print(Decimal(0) / 0, Decimal('inf') - Decimal('inf'), Decimal(-4).sqrt(), c.flags[InvalidOperation])
c.traps[InvalidOperation] = True
c.clear_flags()
print(BasicContext)
print(ExtendedContext)
print(DefaultContext)
setcontext(ExtendedContext)
print(Decimal(1) / 0, Decimal(0) / 0, Decimal(2) / 3, getcontext().prec)
setcontext(DefaultContext)
print(getcontext().prec, Decimal(2) / 3)
ctx = Context(prec=12, rounding=ROUND_UP)
print(ctx.add(1, Decimal('1e-20')), ctx.divide(10, 3), ctx.power(2, 60), ctx.sqrt(2), ctx.multiply(Decimal('1.5'), 3))
print(ctx.divide_int(17, 5), ctx.remainder(17, 5), ctx.remainder(-17, 5), ctx.divmod(17, -5), ctx.remainder_near(17, 5))
print(ctx.compare(1, 2), ctx.max(3, Decimal('3.0')), ctx.min_mag(-2, 1), ctx.abs(-5), ctx.minus(5), ctx.plus(Decimal('-0')))
print(ctx.fma(2, 3, 4), ctx.quantize(Decimal('1.23456'), Decimal('0.01')), ctx.normalize(Decimal('120.00')), ctx.to_sci_string(Decimal('1e-9')))
print(ctx.copy_sign(1, -2), ctx.is_zero(0), ctx.is_signed(-1), ctx.number_class(Decimal('-inf')), ctx.logb(1000), ctx.scaleb(7, 3))
print(ctx.next_plus(1), ctx.next_minus(1), ctx.same_quantum(Decimal('1.0'), Decimal('2.0')), ctx.copy().prec)
print(repr(ctx.create_decimal('3.14159265358979323846')), ctx.create_decimal_from_float(0.1))
