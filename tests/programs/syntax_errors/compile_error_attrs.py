for src in ["(1, 2", "x = = 1", "def f(:", "a b", "print('x'", "1 +\n"]:
    try:
        compile(src, "<s>", "eval" if "=" not in src and "def" not in src else "exec")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
