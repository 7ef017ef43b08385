# Callables as stmt/setup, the globals argument, and gc handling.
import gc
import timeit

calls = {'stmt': 0, 'setup': 0}
def stmt():
    calls['stmt'] += 1
def setup():
    calls['setup'] += 1

ticks = iter(range(0, 1000, 7))
t = timeit.Timer(stmt, setup, timer=lambda: next(ticks))
print(t.timeit(25), calls)
print(t.repeat(2, 3), calls)

# A class with __call__ works as well.
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
c = Counter()
timeit.Timer(c, timer=lambda: 1.5).timeit(11)
print(c.n)

# Default globals are the timeit module's own; a custom dict is used as is.
try:
    timeit.Timer('undefined_name', timer=lambda: 0).timeit(1)
except NameError as e:
    print('NameError', e)
env = {'data': [3, 1, 2]}
timeit.Timer('data.sort()', timer=lambda: 0, globals=env).timeit(1)
print(env['data'])
shared = {'total': 0}
timeit.Timer('global total; total += step', 'step = 5', timer=lambda: 0, globals=shared).timeit(4)
print(shared['total'])

# Garbage collection is off during timing and restored afterwards.
states = []
timeit.Timer(lambda: states.append(gc.isenabled()), timer=lambda: 0).timeit(2)
print(states, gc.isenabled())
gc.disable()
timeit.Timer(lambda: None, timer=lambda: 0).timeit(1)
print('still disabled:', not gc.isenabled())
gc.enable()
try:
    timeit.Timer('1/0', timer=lambda: 0).timeit(1)
except ZeroDivisionError:
    print('after error gc enabled:', gc.isenabled())

# Module-level helpers.
print(timeit.timeit('pass', timer=iter([1.0, 3.5]).__next__, number=3))
print(timeit.repeat('pass', timer=iter(range(100)).__next__, repeat=4, number=2))
print(timeit.timeit(stmt, setup, timer=iter([2, 9]).__next__, number=2), calls)
print(timeit.timeit('x', globals={'x': 1}, timer=iter([0, 0.5]).__next__, number=1))
