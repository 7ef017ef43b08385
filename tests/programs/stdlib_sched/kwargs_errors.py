# kwargs for actions, exceptions escaping run(), and resuming afterwards.
import sched

clock = [0]
s = sched.scheduler(lambda: clock[0], lambda d: clock.__setitem__(0, clock[0] + d))

def greet(*names, sep=' ', end='!'):
    print('hello' + sep + sep.join(names) + end)

s.enter(1, 0, greet, ('ann', 'bob'), {'sep': ', '})
s.enter(2, 0, greet, kwargs={'end': '?'})
e = s.enter(3, 0, greet, ('x',))
print(e.kwargs, s.queue[0].kwargs)
e.kwargs['end'] = '.'
s.run()

def boom(n):
    raise KeyError(n)
s.enter(1, 0, print, ('before',))
s.enter(2, 0, boom, (42,))
s.enter(3, 0, print, ('after',))
try:
    s.run()
except KeyError as exc:
    print('KeyError', exc, 'remaining', len(s.queue), 'clock', clock[0])
s.run()
print('clock', clock[0], s.empty())

try:
    s.enter(1, 0, print, 5)
    s.run()
except TypeError as exc:
    print('TypeError', exc)
try:
    s.enterabs(1, 0)
except TypeError as exc:
    print('TypeError', exc)
