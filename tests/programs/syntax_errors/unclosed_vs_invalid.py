# When an unclosed bracket is blamed for a syntax error, and when the error is plain invalid syntax.
sources = ['def f(:\n    pass\n', 'f(:)', 'x = (1, :)', 'def f(a, :\n  pass', 'print(1 2', '(1 +', 'foo(',
           'if (a and\n  b:\n  pass', 'x = (1,\n', 'x = [1, 2', 'd = {1: 2,\n\n', 'f(a)]', 'g(a]']
for src in sources:
    try:
        compile(src, 'snippet', 'exec')
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.lineno, e.offset)
