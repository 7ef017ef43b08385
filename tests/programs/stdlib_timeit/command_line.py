# timeit.main(): option handling and the exact report formats.
import sys
import timeit

sys.stderr = sys.stdout          # warnings and usage errors become visible

def fake(step, grow=1.0):
    state = [0.0, step]
    def clock():
        state[0] += state[1]
        state[1] *= grow
        return state[0]
    return clock

runs = [
    ([], 0.3, 1), (['-n', '100', 'x=1'], 0.5, 1),
    (['-v', '-s', 'y=2', 'y*2'], 0.0004, 2),
    (['-vv', 'pass'], 0.0004, 2),
    (['-vv', '-r', '3', '-n', '7', 'pass'], 2.5e-7, 1.5),
    (['-vvv', '-n', '3', 'pass'], 0.0004, 2),
    (['-u', 'msec', '-n', '3', 'pass'], 0.25, 1),
    (['-u', 'bad', 'pass'], 1, 1), (['-x'], 1, 1), (['-n'], 1, 1),
    (['--time', 'pass'], 1, 1), (['-t'], 1, 1),
    (['-r', '0', '-n', '1', 'pass'], 3e-9, 1),
    (['--number=5', '--repeat=2', '--unit=nsec', '--setup=a=1', 'a', 'a+1'], 1e-6, 1),
    (['--verbose', '--unit', 'sec', 'pass'], 0.01, 3),
    (['-n', '10', '-r', '4', 'pass'], 0.01, 3),
    (['-v', '-n', '10', '-r', '4', 'pass'], 0.01, 2),
    (['-n', '1', '-r', '6', 'pass'], 1e-10, 10),
    (['-n', '1', '-r', '2', 'pass'], 1234.5, 1),
    (['-n', '1', 'pass'], 0, 1),
    (['-n', '-5', 'pass'], 1, 1),
    (['--ver', '--v', '-n', '2', '-r', '2', '--u=usec', 'pass'], 3e-6, 1),
    (['-n', '2', '-r', '3', 'pass'], 0.001, 1.9),
    (['-n', '2', '-r', '3', 'pass'], 0.001, 2.0),
    (['-n', 'abc', 'pass'], 1, 1), (['-r', 'x', 'pass'], 1, 1),
    (['-n', '1', 'return'], 1, 1),
]
for args, step, grow in runs:
    timeit.default_timer = fake(step, grow)
    print('###', args)
    try:
        result = timeit.main(args)
    except Exception as e:
        print('raised', type(e).__name__, e)
    else:
        print('returned', result)

# -h prints help text and returns 0.
import io, contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    code = timeit.main(['-h'])
print('help returned', code, len(buf.getvalue()) > 200)
print(sys.path[0])
