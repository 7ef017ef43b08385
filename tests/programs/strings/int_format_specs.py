vals = [0, 1, -1, 7, -255, 10**18, -(10**19), 2**63, True, False, 1234567]
specs = ['', 'd', '5d', '<5', '^7', '+d', ' d', '05d', '#x', 'X', '#o', 'b', '#b', ',', '_', '_x', '012,', '=+8', 'c', 'n', '08_b', '-x', 'x']
for v in vals:
    out = []
    for s in specs:
        try: out.append(format(v, s))
        except (ValueError, OverflowError) as e: out.append(type(e).__name__)
    print(out)
for v in vals:
    print('%d|%5d|%-5d|%05d|%+d|% d|%.3d|%x|%X|%#o|%i|%u' % ((v,)*12))
print('%d %d' % (3.7, -2.5), '%s' % 10**20, f"{-0:d}", f"{12:{'>'}{6}}")
class I(int): pass
print(format(I(42), '05'), '%d' % I(-3), f"{I(255):#x}")
