# exp / ln / log10 / power / sqrt, correctly rounded at several precisions.
from decimal import *

for p in (5, 16, 28, 50):
    with localcontext(prec=p):
        print(p, Decimal(1).exp(), Decimal(2).ln(), Decimal(10).log10(), Decimal(2).sqrt())
        print(p, Decimal('0.001').exp(), Decimal('-3').exp(), Decimal('0.5').ln(), Decimal(7).log10())
        print(p, Decimal(2) ** Decimal('0.5'), Decimal(10) ** Decimal('-0.25'), Decimal('1.5') ** Decimal('2.5'))
for v in ['1', '0', '1E+2', '1E-5', '100', '0.1', '2.718281828459045235360287471', 'Infinity']:
    d = Decimal(v)
    print(v, d.exp(), d.ln(), d.log10())
print(Decimal(1) ** Decimal('0.3'), Decimal(4) ** Decimal('0.5'), Decimal(8) ** Decimal(1) / 3)
c = getcontext()
c.clear_flags()
print(Decimal(100).log10(), c.flags[Inexact])
print(Decimal(3).log10(), c.flags[Inexact])
print(Decimal('1.0001') ** 1000, Decimal(3) ** 100, Decimal('0.5') ** 50)
print(Decimal(2) ** -10, Decimal('1.1') ** -3, Decimal(-2) ** 5)
with localcontext(prec=9, rounding=ROUND_DOWN):
    print(Decimal(2).exp(), Decimal(3).ln(), Decimal(3).sqrt(), Decimal(2) / 3)
