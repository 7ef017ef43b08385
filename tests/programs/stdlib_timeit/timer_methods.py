# Timer.timeit / repeat / autorange with a deterministic fake clock.
import timeit

class FakeClock:
    """Each reading advances by `step`, multiplied by `grow` every time."""
    def __init__(self, step, grow=1.0):
        self.now = 0.0
        self.step = step
        self.grow = grow
        self.reads = 0
    def __call__(self):
        self.reads += 1
        self.now += self.step
        self.step *= self.grow
        return self.now

clock = FakeClock(0.25)
t = timeit.Timer('x = 1', timer=clock)
print(t.timeit(10), clock.reads)
print(t.repeat(3, 5), clock.reads)
print(t.timeit(0), t.timeit(number=-3))

clock = FakeClock(0.001, 2.0)
t = timeit.Timer('pass', timer=clock)
calls = []
print(t.autorange(lambda n, taken: calls.append((n, round(taken, 6)))))
print(calls)
print(timeit.Timer(timer=FakeClock(0.3)).autorange())
print(timeit.Timer(timer=FakeClock(0.2)).autorange())
print(timeit.Timer(timer=FakeClock(0.0625, 1.5)).autorange(print))

# The statement really runs `number` times, after setup ran once.
ns = {'log': []}
t = timeit.Timer('log.append(i); i += 1', 'i = 0; log.append("setup")', timer=FakeClock(1), globals=ns)
t.timeit(4)
t.timeit(2)
print(ns['log'])
print(sorted(ns))

print(timeit.default_number, timeit.default_repeat, timeit.dummy_src_name)
print(timeit.default_timer is __import__('time').perf_counter)
print(sorted(timeit.__all__))
