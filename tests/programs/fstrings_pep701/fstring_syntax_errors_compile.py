# f-string syntax errors reported through compile(), one per source text.
sources = [
    'f"{x!z}"',
    'f"{x!}"',
    'f"{x! r}"',
    'f"{1 +}"',
    'f"{lambda x: x}"',
    'f"value }"',
    'f"{x"',
    'f"{}"',
    'f"{ }"',
    'f"{!r}"',
    'f"{:x}"',
    'f"{=}"',
    'f"{x:{}}"',
    'f"{x}" "{"',
    'f"{(lambda x: x)(1)}"',
    'f"{x!r:>10}"',
]
for src in sources:
    try:
        compile(src, "<fstring>", "eval")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, (e.lineno, e.offset, e.end_offset))
