# Arithmetic between Fractions and ints, floats and complex numbers.
from fractions import Fraction as F

a, b = F(1, 3), F(-5, 4)


def show(expr):
    try:
        r = eval(expr)
        print(expr, '=', repr(r), type(r).__name__)
    except Exception as e:
        print(expr, '!', type(e).__name__, e)


for expr in ['a + b', 'a - b', 'a * b', 'a / b', 'a // b', 'a % b', 'divmod(a, b)',
             'b // a', 'b % a', 'divmod(b, a)',
             'a + 1', '1 + a', 'a - 2', '2 - a', 'a * 3', '3 * a', 'a / 2', '2 / a',
             'a // 1', '7 // a', 'a % 1', '7 % a', 'divmod(7, a)', 'divmod(a, 1)',
             'a + True', 'a * False',
             'a + 0.5', '0.5 + a', 'a * 1.5', '1.5 / a', 'a // 0.25', '1.0 % a', 'divmod(a, 0.25)',
             'divmod(1.0, a)',
             'a + 1j', '1j * a', 'a - 2j', 'a / 1j',
             'a ** 2', 'a ** -2', 'b ** 3', 'b ** -3', 'a ** 0', 'F(0) ** 0', 'a ** F(2)',
             'F(4) ** F(1, 2)', 'F(1, 4) ** 0.5', '2 ** F(3)', '2 ** F(-1)', '2 ** F(1, 2)',
             '2.0 ** F(3)', '4 ** F(1, 2)', 'F(9, 4) ** F(1, 2)', 'F(1, 2) ** F(-2)',
             '+b', '-b', 'abs(b)', 'a * 3 == 1', 'type(a * 3)',
             'a / 0', 'a / F(0)', '1 / F(0)', 'F(-3, 2) / 0', 'a // 0', 'a % 0', 'divmod(a, 0)',
             'F(0) ** -1', 'F(0) ** -3', 'a / 0.0', 'a + "x"', '"x" * a', 'a @ a', 'a << 1']:
    show(expr)

total = F(0)
for i in range(1, 11):
    total += F(1, i)
print('harmonic 10:', total)
x = F(1)
for _ in range(5):
    x = (x + 2 / x) / 2
print('sqrt2 approx:', x, float(x))
print(sum([F(1, 2), F(1, 3), F(1, 6)]), sum([F(1, 2), 0.5]))
