# cancel(), empty(), the queue snapshot and the Event named tuple.
import sched

t = [100]
s = sched.scheduler(lambda: t[0], lambda d: t.__setitem__(0, t[0] + d))
events = [s.enter(d, p, print, (name,)) for d, p, name in
          [(5, 1, 'e'), (2, 1, 'b'), (2, 0, 'a'), (9, 0, 'z'), (7, 3, 'x')]]
print([e.argument[0] for e in s.queue])
s.cancel(events[3])
s.cancel(events[0])
print([e.argument[0] for e in s.queue])
try:
    s.cancel(events[3])
except ValueError as e:
    print('ValueError', e)
snapshot = s.queue
snapshot.clear()
print(len(s.queue), s.empty())

E = sched.Event
print(E._fields)
ev = s.queue[0]
print(ev.time, ev.priority, ev.sequence, ev.action is print, ev.argument, ev.kwargs)
print(isinstance(ev, tuple), ev._replace(time=0).time, ev == tuple(ev))
print(repr(E(1, 2, 3, None, (), {})))
a = E(1, 2, 3, None, (), {})
b = E(1, 2, 4, None, (), {})
c = E(1, 1, 9, None, (), {})
print(a < b, c < a, a == b, a <= a, max(a, b, c).sequence, sorted([b, a, c])[0].sequence)
try:
    a < 5
except TypeError as e:
    print('TypeError', e)
s.run()
print(s.empty(), t[0])
print(sched.__all__)
