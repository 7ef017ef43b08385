import itertools
vals = [0, -7, 2**62, -2**63, 2**63, -2**64 - 5, 2**100, 2**127 - 1, -2**127, 2**127, 2**200 + 1, 0x5DEECE66D]
ops = ['+', '-', '*', '&', '|', '^', '//', '%']
h = 0
lines = []
for a, b in itertools.product(vals, repeat=2):
    for op in ops:
        try:
            r = eval(f"a {op} b")
        except ZeroDivisionError as e:
            r = str(e)
        lines.append(f"{a} {op} {b} = {r}")
    for sh in (0, 1, 63, 64, 127, 128, 300):
        if a.bit_length() < 210:
            lines.append(f"{a} << {sh} = {a << sh}; >> = {a >> sh}")
    try:
        a << -1
    except ValueError as e:
        lines.append(str(e))
    try:
        a >> -1
    except ValueError as e:
        lines.append(str(e))
print(len(lines))
for l in lines:
    print(l)
s = 42
for i in range(1000):
    s = (s * 0x5DEECE66D + 0xB) & ((1 << 48) - 1)
print(s, type(s))
print(type((2**62) * 4 // 4), (2**62) * 4 // 4, (-2**70) // 3, (-2**70) % 3, 2**70 % -3)
