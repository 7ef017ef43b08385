print(int(), int(7), int(-3.9), int(3.9), int(True), int('  42  '), int('-0'), int('+17'))
print(int('ff', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0), int('z', 36))
print(int('1_000'), int('101', 2), int('777', 8), int('-zz', 36))
print(int(1e20), int(-2.5e18), int(123456789012345678901234567890.0))
print(int('123456789012345678901234567890'))
bad = [('12a',), ('',), ('1.5',), ('0x10',), ('2', 2), ('9', 8), ('1__0',), ('_1',), (' ',)]
for args in bad:
    try:
        int(*args)
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(None,), ([],), ('1', 1), ('1', 37), (1, 10)]:
    try:
        int(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for v in [float('inf'), float('nan')]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class Num:
    def __int__(self):
        return 5
class Idx:
    def __index__(self):
        return 6
class Tr:
    def __trunc__(self):
        return 8
print(int(Num()), int(Idx()))
