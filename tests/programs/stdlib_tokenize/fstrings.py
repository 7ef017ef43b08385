import io
import tokenize
from token import tok_name

CASES = [
    "f'hello {name}!'\n",
    "f'{a!r:>{width}} and {{literal}} braces'\n",
    "f\"{x=}\" f'{ x = !s}' f'{y:%H:%M}'\n",
    "f'{d[\"key\"]}' f\"{d['key']}\" f'{f\"{inner}\"}'\n",
    "rf'\\d+{pattern}\\w' fr\"{x}\\n\" F'{1+1}' Rf'{z}'\n",
    "f'{x:{{}}>10}' f'{a:{b:{c}}}' f'{x:}' f'{x!r:}'\n",
    "f'\\N{BULLET} item {i}\\N{EM DASH}'\n",
    "msg = f'''Dear {name},\n  total: {total:,.2f}\n{{signature}}'''\n",
    "f'{\n    value\n    !r\n}'\n",
    "f'{lambda_result}' f'{(lambda v: v * 2)(3)}' f'{x if x else y}'\n",
    "f''  f'{x}{y}'  f'a{{b}}c'  f'{{}}'\n",
    "print(f\"{'\\n'.join(lines)}\")\n",
]

for src in CASES:
    print("==", repr(src))
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        print("  %-15s %-22r %s-%s" % (tok_name[tok.exact_type], tok.string, tok.start, tok.end))

print("== untokenize keeps f-strings intact")
for src in CASES:
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    try:
        back = tokenize.untokenize(toks)
    except ValueError as e:
        print("ValueError", e)
        continue
    print(back == src, repr(back) if back != src else "")
