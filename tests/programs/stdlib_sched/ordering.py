# Events run by time, then priority, then scheduling order, with a fake clock.
import sched

class Clock:
    def __init__(self):
        self.now = 0.0
    def time(self):
        return self.now
    def sleep(self, delay):
        print('  sleep', delay)
        self.now += delay

clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)
log = []
def act(name):
    log.append((clock.now, name))
    print('  run', name, 'at', clock.now)

s.enterabs(5, 2, act, ('five-p2',))
s.enterabs(5, 1, act, ('five-p1',))
s.enterabs(5, 1, act, ('five-p1-second',))
s.enter(3, 0, act, ('three',))
s.enterabs(1, 9, act, ('one',))
s.enterabs(5, 0, act, argument=('five-p0',))
s.enter(0, 5, act, ('now',))
for ev in s.queue:
    print(ev.time, ev.priority, ev.sequence, ev.argument)
print('result', s.run())
print(log)
print(s.empty(), s.queue)

# Sequence numbers keep counting per scheduler.
e1 = s.enter(1, 1, act, ('a',))
e2 = s.enter(1, 1, act, ('b',))
print(e1.sequence, e2.sequence, e1 < e2, e1 == e2)
s.run()
s2 = sched.scheduler(clock.time, clock.sleep)
print(s2.enter(0, 0, act, ('c',)).sequence)
