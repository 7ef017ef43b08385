# str/repr and float-style format() specs (new in 3.12).
from fractions import Fraction as F

values = [F(1, 3), F(-2, 3), F(0), F(5, 2), F(7, 2), F(12345, 7), F(-1, 1000), F(10 ** 20, 3),
          F(999999, 1000000), F(1, 8), F(3, 8), F(100), F(1, 10 ** 10)]
specs = ['', '.2f', 'f', 'F', '.0f', '#.0f', '10.3f', '<10.3f', '^10.3f', '*>12.2f', '=+10.2f',
         '+.3f', ' .3f', 'z.1f', '+z.1f', '010.3f', '012,.1f', '010_.2f', ',.3f', '_.4f',
         'e', 'E', '.2e', '#.0e', '12.3e', 'g', 'G', '.3g', '#.3g', '.1g', '.0g', '#g', ',.10g',
         '%', '.1%', '+.2%', ',%', '0.3f', '05f']
for v in values:
    print(repr(v), str(v))
    print('   ', [format(v, s) for s in specs])
print(f'{F(22, 7):.5f} {F(22, 7):>9.2e} {F(1, 7):.3%}')
for bad in ['d', 'x', '10', '.5', '>10', '.%', '<010.3f', 's', 'n']:
    try:
        format(F(1, 3), bad)
    except ValueError as e:
        print(type(e).__name__, e)
