# Actions may schedule more events while run() is going (a periodic job).
import sched

class FakeTime:
    def __init__(self):
        self.t = 0
        self.calls = 0
    def monotonic(self):
        self.calls += 1
        return self.t
    def sleep(self, d):
        self.t += d

ft = FakeTime()
s = sched.scheduler(ft.monotonic, ft.sleep)
ticks = []

def tick(n):
    ticks.append((ft.t, n))
    if n < 5:
        s.enter(10, 1, tick, (n + 1,))

def report():
    print('report at', ft.t, 'ticks so far', len(ticks))

s.enter(0, 1, tick, (1,))
s.enterabs(25, 0, report)
s.enterabs(30, 0, report)   # priority 0 beats the tick also due at 30
s.run()
print(ticks)
print('final time', ft.t, 'clock reads', ft.calls)

# The default clock functions.
import time
d = sched.scheduler()
print(d.timefunc is time.monotonic, d.delayfunc is time.sleep)
ev = d.enter(0, 0, lambda: None)
print(d.empty(), type(ev.time) is float)
d.cancel(ev)
print(d.empty())
