# main(): failures inside the timed code, the timer hook and -p.
import io
import sys
import time
import timeit

sys.stderr = sys.stdout

def tail(text):
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if '<timeit-src>' in line:
            return lines[i:]
    return lines

def capture(args, **kw):
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        code = timeit.main(args, **kw)
        return code, sys.stderr.getvalue()
    finally:
        sys.stderr = old

for args in (['-n', '1', '1/0'], ['-n', '1', '-s', 'import nosuchmod', 'pass'],
             ['1/0'], ['-n', '1', 'raise SystemExit(3)']):
    code, err = capture(args)
    print(args, 'returned', code)
    print('\n'.join(tail(err)))

def wrap(timer):
    print('wrapping', timer is timeit.default_timer)
    seq = iter([0.0, 0.5] * 10)
    return lambda: next(seq)
print(timeit.main(['-n', '5', '-r', '2', 'pass'], _wrap_timer=wrap))

real = time.process_time
try:
    time.process_time = iter([0.0, 2.0, 0.0, 2.0]).__next__
    print(timeit.main(['-p', '-n', '1000', '-r', '2', 'pass']))
    time.process_time = iter([0.0, 2.0, 0.0, 2.0]).__next__
    print(timeit.main(['--process', '-n', '1', '-r', '2', '-u', 'sec', 'pass']))
finally:
    time.process_time = real
