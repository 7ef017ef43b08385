# SyntaxError locations reported through compile(): message, offset and end offset.
sources = [
    '(a.b := 5)', '(a[0] := 5)', '((a, b) := 5)', '(1 := 5)', '(f() := 5)', 'x = (a.b := 1)',
    'f(a=1, 2)', 'f(a=1, 2, 3)', 'f(a=1, x+y)', 'f(**k, 2)', 'f(a=1, 2, b=3)',
    'def f(a, b, a): pass', 'def f(x, *, y, y): pass', 'def g():\n    nonlocal q\n',
    'x = 1\nelse:\n    pass\n', 'f = lambda: return 1', 'if True:\n        x = 1\n    y = 2\n',
]
for src in sources:
    try:
        compile(src, 'snippet', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
