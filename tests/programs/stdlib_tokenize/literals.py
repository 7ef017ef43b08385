import io
import tokenize
from token import tok_name

NUMBERS = """\
0 7 42 1_000_000 0x_FF 0XdeadBEEF 0o17 0O7_7 0b1010 0B_1 00 0_0 0777 09
3.14 1. .5 1e10 1E-5 2.5e+3 1_0.0_1e1_0 1j 2.5J 1e3j .0j 09.5 0e0
1if x else 2 0xfor 1.__class__ 1..real
"""

STRINGS = "\n".join([
    "a = 'single' \"double\" '''triple''' \"\"\"also triple\"\"\"",
    r"""b = r'\raw\n' R"\d" b'bytes' B"\x00" br'\x' Rb"r" bR'' rB"" u'unicode' U"U" """.rstrip(),
    r"""c = 'it\'s' "say \"hi\"" 'back\\slash' "tab\t" """.rstrip(),
    'd = """multi',
    "line ' \" string\"\"\" + \\",
    "    'after'",
    "e = 'continued \\",
    "line'",
    "",
])


def show(src):
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        if tok.type in (tokenize.NUMBER, tokenize.STRING, tokenize.NAME, tokenize.OP):
            print("  %-7s %-24r %s %s" % (tok_name[tok.type], tok.string, tok.start, tok.end))


print("== numbers")
show(NUMBERS)
print("== strings")
show(STRINGS)

print("== prefixes that are not prefixes")
show("ub'x' bu'y' ff'z' rr'w' x'q'\n")

print("== value round trip")

for tok in tokenize.generate_tokens(io.StringIO(NUMBERS).readline):
    if tok.type == tokenize.NUMBER and not tok.string.startswith('0') or tok.string in ('0', '00', '0_0', '0e0'):
        print(tok.string, "->", repr(eval(tok.string)))
