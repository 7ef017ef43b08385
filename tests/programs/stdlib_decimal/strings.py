# String conversion: parsing and to-sci / to-eng string forms.
from decimal import *

inputs = ['0', '-0', '+1', '1.', '.5', '-.5e3', '1e10', '1E-10', '1.23E+5', '123.456e-2',
          '1_000_000', '  42  ', '\t-7.25\n', '0.000001', '0.0000001', '1234567e-14',
          '-0e-5', '0e+7', 'inf', '-Infinity', '+INF', 'nan', '-NaN', 'NaN123', 'sNaN',
          '-snan45', '1e-999999', '12345678901234567890123456789012345', '0.00', '100e-2',
          '\u0661\u0662\u0663', '5E+2', '50E+1', '-123.4500']
for s in inputs:
    d = Decimal(s)
    print(repr(s), str(d), repr(d), d.to_eng_string(), d.as_tuple())
for v in [0, -1, 123456789012345678901234567890, 10 ** 30, -(2 ** 70)]:
    print(v, Decimal(v))
for f in [0.1, -2.5, 1e100, 1.5e-10, 0.0, -0.0, float('inf'), 123.456]:
    print(f, Decimal(f), Decimal.from_float(f))
for t in [(0, (1, 2, 3), -2), (1, (0,), 5), (0, (1, 0), 'n'), (1, (), 'N'), (0, (0,), 'F'), (1, [9, 9], -1)]:
    print(t, Decimal(t))
for s in ['1E+1', '12E+1', '123E+1', '1234E+1', '1E-7', '12E-8', '0E+1', '0E+2', '0E-7', '0E-8', '0.00E+5', '-1.5E+4', '123E+15']:
    d = Decimal(s)
    print(s, str(d), d.to_eng_string(), d.adjusted(), d.normalize())
print(Decimal('1.000').normalize(), Decimal('-0.00').normalize(), Decimal('1.2e3').normalize())
c = getcontext()
c.capitals = 0
print(Decimal('1e20'), Decimal('-1.5e-9'))
c.capitals = 1
print(str(Decimal('7.50')), int(Decimal('7.50')), float(Decimal('7.50')), Decimal('7.50').as_integer_ratio())
print(Decimal('3.14') == Decimal('3.140'), Decimal('3.14').compare_total(Decimal('3.140')), hash(Decimal('3.14')) == hash(Decimal('3.140')))
print(hash(Decimal(5)) == hash(5), hash(Decimal('0.25')) == hash(0.25), hash(Decimal('-1')) == hash(-1), hash(Decimal('inf')) == hash(float('inf')))
