for src in ["a, \u00e9 \u00e9", "x, \u00fc += 1", "p, \u00df, q \u00e7"]:
    try:
        compile(src, "f", "exec")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_offset)
