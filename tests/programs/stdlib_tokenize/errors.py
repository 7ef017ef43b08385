import io
import tokenize
from token import tok_name

BAD = [
    "'abc\n",
    "x = rb'unterminated\n",
    "s = '''never closed\n\nstill open\n",
    "x = (1,\n     2,\n",
    "total = 1 + \\\n",
    "a \\ b\n",
    "0b102\n",
    "0o9\n",
    "0x\n",
    "1__000\n",
    "1_\n",
    "2e+\n",
    "x = \x01\n",
    "f'{x'\n",
    "f'}'\n",
    "f'abc\n",
    "f'''abc\n",
    "f'{x:abc\n",
    "if a:\n        b\n    c\n",
    "if a:\n\tb\n        c\n",
    "def f():\n    return 1\n  x\n",
]

for src in BAD:
    print("==", repr(src))
    out = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            out.append("%s:%r" % (tok_name[tok.type], tok.string))
        print("  ok", out)
    except tokenize.TokenError as e:
        print("  tokens:", out)
        print("  TokenError", e.args)
    except IndentationError as e:
        print("  tokens:", out)
        print("  %s %s | %r %r %r %r" % (type(e).__name__, e, e.msg, e.lineno, e.offset, e.text))

print("== lenient input")
for src in ["a ? b $ c\n", "x = 1\n)\n", "a <> b\n", "1abc\n", "\\\n  x\n"]:
    toks = [(tok_name[t.exact_type], t.string) for t in tokenize.generate_tokens(io.StringIO(src).readline)]
    print(repr(src), toks)

print("== partial consumption")
gen = tokenize.generate_tokens(io.StringIO("x = 1\ny = 'oops\n").readline)
print(next(gen).string, next(gen).string, next(gen).string)
try:
    for t in gen:
        print("  got", tok_name[t.type], repr(t.string))
except tokenize.TokenError as e:
    print(type(e).__name__, e)
