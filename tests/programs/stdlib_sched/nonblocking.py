# run(blocking=False) executes due events and reports the time to the next.
import sched

now = [0]
def timefunc():
    return now[0]
def delayfunc(d):
    print('delayfunc', d)

s = sched.scheduler(timefunc, delayfunc)
for when, name in [(10, 'ten'), (3, 'three'), (3, 'three-again'), (0, 'zero')]:
    s.enterabs(when, 0, print, ('event', name))
print('next in', s.run(blocking=False))
now[0] = 3
print('next in', s.run(False))
now[0] = 7.5
print('next in', s.run(False))
now[0] = 12
print('next in', s.run(False))
print('empty run:', s.run(False), s.run())
