for src, mode in [('1 +', 'eval'), ('1 +', 'exec'), ('x = (1 +', 'exec'), ('1 *', 'eval'), ('f(', 'eval'),
                  ('1 + 2 +', 'eval'), ('a.', 'eval'), ('1 +\n', 'eval'), ('a b', 'eval'), ('1 +\nx = 2\n', 'exec'),
                  ('if x\n  pass\n', 'exec'), ('x = 1 +\n', 'exec'), ('def f(\n', 'exec')]:
    try:
        compile(src, 's', mode)
    except SyntaxError as e:
        print(repr(src), mode, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
