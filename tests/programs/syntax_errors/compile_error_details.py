for src in ['x = (1,\n', 'def f(:\n  pass\n', '  x = 1\n', 'a b', 'from x import *\ndef f(): from y import *', 'x = 1 = 2', 'if x = 1:\n  pass', 'f(**k, *a)', 'print "x"', 'return 5', 'x ===3']:
    try:
        compile(src, 'snip', 'exec')
    except SyntaxError as e:
        print(repr(src), '|', e.msg, '|', repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)
