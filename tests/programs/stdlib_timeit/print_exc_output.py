# Timer.print_exc() shows the failing line of the generated source.
import io
import sys
import timeit

def tail_from_generated(text):
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if 'File "<timeit-src>"' in line:
            return lines[i:]
    return lines[-1:]

for stmt, setup in [('1/0', 'pass'), ('d = {}\nd["missing"]', 'pass'),
                    ('pass', 'import no_such_module_here'), ('boom()', 'def boom():\n    raise ValueError("kaboom")')]:
    t = timeit.Timer(stmt, setup, timer=lambda: 0)
    try:
        t.timeit(1)
    except Exception:
        buf = io.StringIO()
        t.print_exc(buf)
        print('\n'.join(tail_from_generated(buf.getvalue())))
        print('---')

# print_exc writes to stderr by default; redirect it to see it.
t = timeit.Timer('raise KeyError("k")', timer=lambda: 0)
old = sys.stderr
sys.stderr = io.StringIO()
try:
    try:
        t.repeat(2, 1)
    except KeyError:
        t.print_exc()
    captured = sys.stderr.getvalue()
finally:
    sys.stderr = old
print(captured.startswith('Traceback (most recent call last):'))
print('\n'.join(tail_from_generated(captured)))
