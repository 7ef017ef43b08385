# weakref.finalize: run once, on death, explicit call or never (detach).
import weakref


class TempFile:
    def __init__(self, path):
        self.path = path


removed = []


def remove(path, *, reason):
    removed.append((path, reason))
    return f'removed {path}'


t = TempFile('/tmp/a')
fin = weakref.finalize(t, remove, '/tmp/a', reason='gc')
obj, func, args, kwargs = fin.peek()
print(fin.alive, obj is t, func is remove, args, kwargs, fin.atexit)
del t, obj
print(fin.alive, removed, fin.peek(), fin.detach(), fin())

# calling explicitly runs it once and returns the result
t = TempFile('/tmp/b')
fin = weakref.finalize(t, remove, '/tmp/b', reason='explicit')
print(fin(), fin.alive, fin(), removed[-1])
del t
print(len(removed))

# detach: the finalizer dies without running
t = TempFile('/tmp/c')
fin = weakref.finalize(t, remove, '/tmp/c', reason='never')
detached = fin.detach()
print(detached[0] is t, detached[2:], fin.alive, fin.detach(), fin.atexit)
del t, detached
print(len(removed))

# several finalizers on one object run newest first
log = []
t = TempFile('/tmp/d')
for tag in ('one', 'two', 'three'):
    weakref.finalize(t, log.append, tag)
del t
print(log)


# a finalizer used as a context-free cleanup hook inside a class
class Resource:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, log.append, f'closed {name}')

    def close(self):
        self._finalizer()

    @property
    def closed(self):
        return not self._finalizer.alive


r = Resource('r1')
r.close()
print(r.closed, log[-1])
r = Resource('r2')
del r
print(log[-1])

# exceptions from an explicit call propagate
t = TempFile('/tmp/e')
bad = weakref.finalize(t, lambda: 1 / 0)
try:
    bad()
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, bad.alive)
fin = weakref.finalize(t, print, 'never at exit')
fin.atexit = False
print(fin.atexit, fin.alive)
print(fin.detach()[2:], fin.alive)
