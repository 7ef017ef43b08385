import io
import os
import tempfile
import token
import tokenize

print("== detect_encoding")
SAMPLES = [
    b"x = 1\n",
    b"# -*- coding: latin-1 -*-\nx = '\xe9'\n",
    b"#!/usr/bin/env python\n# vim: set fileencoding=utf-8 :\nprint(1)\n",
    b"\xef\xbb\xbfprint('bom')\n",
    b"\n# coding=ascii\nx\n",
    b"x = 1\n# coding: latin-1\n",
    b"# coding: UTF_8\n",
    b"  # coding: iso-latin-1-unix\n",
    b"",
    b"# coding: no-such-codec\n",
    b"\xef\xbb\xbf# coding: latin-1\n",
    b"x = '\xff'\n",
]
for data in SAMPLES:
    try:
        enc, lines = tokenize.detect_encoding(io.BytesIO(data).readline)
        print(enc, lines)
    except SyntaxError as e:
        print("SyntaxError", e)

print("== tokenize() on bytes")
for data in SAMPLES[:5]:
    toks = list(tokenize.tokenize(io.BytesIO(data).readline))
    print([(token.tok_name[t.type], t.string) for t in toks])
    print("  ", toks[0])

print("== untokenize, full tokens")
src = "def add(a, b):\n    # sum\n    return a+b  if a else   (\n        b)\n\nx = f'{add(1, 2)!r:>{w}} {{ok}}'\n"
toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
print(tokenize.untokenize(toks) == src)
btoks = list(tokenize.tokenize(io.BytesIO(src.encode("utf-8")).readline))
out = tokenize.untokenize(btoks)
print(type(out).__name__, out == src.encode())

print("== untokenize, (type, string) pairs")
pairs = [t[:2] for t in toks]
print(repr(tokenize.untokenize(pairs)))
again = [t[:2] for t in tokenize.generate_tokens(io.StringIO(tokenize.untokenize(pairs)).readline)]
print(again == pairs)

print("== rename identifiers")
result = []
for tok in tokenize.generate_tokens(io.StringIO("total = count * price  # cost\nprint(total)\n").readline):
    if tok.type == tokenize.NAME and tok.string == "total":
        tok = tok._replace(string="amount")
    result.append(tok)
print(repr(tokenize.untokenize(result)))

print("== errors in untokenize")
try:
    tokenize.untokenize([(tokenize.NAME, "a", (1, 4), (1, 5), ""), (tokenize.NAME, "b", (1, 0), (1, 1), "")])
except ValueError as e:
    print("ValueError", e)

print("== TokenInfo")
t = tokenize.TokenInfo(tokenize.OP, "**=", (2, 4), (2, 7), "x **= 2\n")
print(t)
print(t.exact_type, token.tok_name[t.exact_type], t.type, t[1], t.start)
print(tokenize.TokenInfo(tokenize.NAME, "x", (1, 0), (1, 1), "x").exact_type)
print(tokenize.TokenInfo(tokenize.OP, "$", (1, 0), (1, 1), "$").exact_type)

print("== open()")
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "mod.py")
    with open(path, "wb") as f:
        f.write(b"# coding: latin-1\nname = '\xe9t\xe9'\n")
    with tokenize.open(path) as f:
        print(f.encoding, repr(f.read()))
    with open(path, "rb") as f:
        for tok in tokenize.tokenize(f.readline):
            if tok.type == tokenize.STRING:
                print(repr(tok.string))
