# SyntaxError / ValueError raised while building a Timer.
import timeit

cases = [
    ('return', 'pass'), ('break', 'pass'), ('continue', 'pass'),
    ('yield 1', 'pass'), ('pass', 'return'), ('pass', 'break'),
    ('x = (', 'pass'), ('pass', 'x = ('), ('x = (', 'y = ('),
    ('await x', 'pass'), ('return', 'y=1\n'), ('return', '\n\n'),
    ('return', ''), ('return', len), ('nonlocal x', 'pass'),
    ('from os import *', 'pass'), ('pass', 'from os import *'),
    ('from os import *', len), ('class A: return', 'pass'),
    ('1 +', 'pass'), ('f(**)', 'pass'), ("'''", 'pass'),
    ('  x=1', 'pass'), ('x=1', '  y=2'), ('a\nb\n  c', 'y=1\nz'),
    ('x=1', 'if 1:'), ('  return 1', 'def f():'),
    (1, 'pass'), ('pass', None), (None, None), ('return', 1), (1, 'return'),
    ([], len), (len, 3.5),
    ('global q; q = 1', 'pass'), ('_i', 'pass'), ('del _timer', 'pass'),
]
for stmt, setup in cases:
    try:
        timeit.Timer(stmt, setup)
        print(repr(stmt), repr(setup), 'ok')
    except SyntaxError as e:
        print(repr(stmt), repr(setup), type(e).__name__, e, '| line', e.lineno)
    except ValueError as e:
        print(repr(stmt), repr(setup), 'ValueError', e)
