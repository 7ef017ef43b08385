import math
import tomllib
from decimal import Decimal

DOC = """
int1 = +99
int2 = 42
int3 = 0
int4 = -17
int5 = 1_000
int6 = 5_349_221
int7 = 53_49_221
int8 = 1_2_3_4_5
big = 123456789012345678901234567890
hex1 = 0xDEADBEEF
hex2 = 0xdeadbeef
hex3 = 0xdead_beef
oct1 = 0o01234567
oct2 = 0o755
bin1 = 0b11010110
flt1 = +1.0
flt2 = 3.1415
flt3 = -0.01
flt4 = 5e+22
flt5 = 1e06
flt6 = -2E-2
flt7 = 6.626e-34
flt8 = 224_617.445_991_228
sf1 = inf
sf2 = +inf
sf3 = -inf
sf4 = nan
sf5 = +nan
sf6 = -nan
zero = -0.0
bool1 = true
bool2 = false
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27T00:32:00.999999-07:00
odt4 = 1979-05-27 07:32:00+05:30
odt5 = 1979-05-27t07:32:00.1234567z
ldt1 = 1979-05-27T07:32:00
ldt2 = 1979-05-27T00:32:00.999999
ld1 = 1979-05-27
lt1 = 07:32:00
lt2 = 00:32:00.999999
lt3 = 23:59:59.5
leap = 2024-02-29
"""

data = tomllib.loads(DOC)
for key, value in data.items():
    if isinstance(value, float) and math.isnan(value):
        print(key, 'nan', math.copysign(1, value) if key != 'sf4' else '')
    else:
        print(key, type(value).__name__, repr(value))
print(data['odt2'].utcoffset(), data['odt4'].tzname(), data['odt1'].tzinfo)
print(data['odt2'] == data['odt1'], data['ldt1'].tzinfo)

dec = tomllib.loads("a = 0.1\nb = [1.5, 2, -inf]\nc = {d = 3.25e2}", parse_float=Decimal)
print(dec)
seen = []


def record(text):
    seen.append(text)
    return text


print(tomllib.loads("x = 1_0.0_1\ny = nan\nz = -1e-0_1", parse_float=record), seen)
for func in (lambda s: {'v': s}, lambda s: [s]):
    try:
        tomllib.loads("x = 1.5", parse_float=func)
    except ValueError as e:
        print(type(e).__name__, e)
print(tomllib.loads("x = 7", parse_float=lambda s: 1 / 0))

for bad in ['a = 1__0', 'a = 01', 'a = 0x', 'a = 1.', 'a = .5', 'a = 1e', 'a = 0b102',
            'a = +0o7', 'a = 1979-02-30', 'a = 1979-13-01', 'a = 0000-01-01T00:00:00',
            'a = 24:00:00', 'a = 12:60:00', 'a = 1979-05-27T07:32', 'a = 1979-05-27T07:32:00+5:00',
            'a = 1979-05-27T07:32:00.', 'a = infinity', 'a = -nan0', 'a = tru', 'a = True',
            'a = 2000-01-01 garbage', 'a = 5_']:
    try:
        print(repr(bad), tomllib.loads(bad))
    except tomllib.TOMLDecodeError as e:
        print(repr(bad), type(e).__name__, e)
