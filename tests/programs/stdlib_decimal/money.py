# Money calculations with Decimal: invoices, tax, interest, splitting.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, localcontext, getcontext

CENT = Decimal('0.01')
items = [('widget', Decimal('19.99'), 3), ('gadget', Decimal('4.25'), 7),
         ('gizmo', Decimal('0.333'), 12), ('doohickey', Decimal('1250.00'), 1)]
subtotal = Decimal(0)
for name, price, qty in items:
    line = (price * qty).quantize(CENT, rounding=ROUND_HALF_UP)
    subtotal += line
    print(f"{name:<10} {qty:>3} x {price:>8} = {line:>10}")
print('subtotal', subtotal)
for rate in ['0.0825', '0.07', '0.19', '0.055']:
    tax = (subtotal * Decimal(rate)).quantize(CENT, ROUND_HALF_UP)
    print(rate, tax, subtotal + tax, f"{subtotal + tax:,.2f}")

# compound interest, monthly, 10 years
principal = Decimal('10000')
rate = Decimal('0.05') / 12
bal = principal
for month in range(120):
    bal = (bal * (1 + rate)).quantize(CENT, ROUND_HALF_EVEN)
    if month % 24 == 23:
        print('month', month + 1, bal)
print('final', bal, bal - principal)

# splitting a bill into n parts, remainder cents go to the first payers
def split(total, n):
    base = (total / n).quantize(CENT, rounding=ROUND_DOWN)
    rest = int((total - base * n) / CENT)
    return [base + CENT if i < rest else base for i in range(n)]
for total, n in [(Decimal('100.00'), 3), (Decimal('0.05'), 4), (Decimal('1234.57'), 7)]:
    parts = split(total, n)
    print(total, n, parts, sum(parts) == total)

# amortization payment
with localcontext() as ctx:
    ctx.prec = 34
    P, r, n = Decimal('250000'), Decimal('0.045') / 12, 360
    pay = P * r / (1 - (1 + r) ** -n)
    print('payment', pay.quantize(CENT))
    print('total interest', (pay * n - P).quantize(CENT))

print(sum([Decimal('0.1')] * 10) == Decimal('1.0'), sum([0.1] * 10) == 1.0)
print(Decimal('1.10') + Decimal('2.20'), Decimal('3.30') * 3, Decimal('10.00') / 4)
print(getcontext().prec, Decimal(1) / Decimal(3))
prices = [Decimal('3.50'), Decimal('12.00'), Decimal('0.99'), Decimal('7.25')]
print(max(prices), min(prices), sorted(prices), sum(prices) / len(prices))
