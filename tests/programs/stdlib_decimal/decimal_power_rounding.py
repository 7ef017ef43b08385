# Decimal powers with non-integral exponents round in the context's rounding mode
# (exp, ln and log10 always round half-even).
import decimal
from decimal import Decimal as D
modes = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
         decimal.ROUND_HALF_UP, decimal.ROUND_HALF_EVEN, decimal.ROUND_HALF_DOWN, decimal.ROUND_05UP]
for r in modes:
    c = decimal.Context(prec=5, rounding=r)
    print(r, c.power(D(4), D("0.5")), c.power(D("0.1"), D("0.5")), c.power(D(2), D("-0.5")),
          c.power(D("7.3"), D("1.7")), c.power(D("0.5"), D("2.5")),
          c.exp(D("0.1")), c.ln(D(3)), c.log10(D(7)))
c = decimal.Context(prec=9, rounding=decimal.ROUND_UP)
print(c.power(D("0.1"), D("0.5")), c.flags[decimal.Inexact], c.flags[decimal.Rounded])
with decimal.localcontext() as ctx:
    ctx.rounding = decimal.ROUND_FLOOR
    print(D(2) ** D("0.5"), D(10) ** D("-1.5"), D("2.25") ** D("0.5"))
