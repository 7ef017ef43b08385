# finalize: repr-free checks of the call-once contract, atexit ordering and errors.
import gc
import sys
import weakref


class Box:
    pass


log = []
b = Box()
f1 = weakref.finalize(b, log.append, 'f1')
f2 = weakref.finalize(b, log.append, 'f2')
print(f1.alive, f2.alive, f1.atexit, f1.peek()[2:], f1.peek()[0] is b, f1.peek()[1].__self__ is log)
f1.atexit = False
print(f1.atexit, f2.atexit)
print(f2(), f2(), f2.alive, f2.peek(), f2.detach(), log)
del b
gc.collect()
print(log, f1.alive, f1.atexit)
print(repr(f1).endswith('; dead>'), repr(f1).startswith('<finalize object at 0x'))
b = Box()
f3 = weakref.finalize(b, log.append, 'f3')
print("for 'Box' at 0x" in repr(f3))


def cleanup(*args, **kwargs):
    log.append((args, kwargs))
    return 'done'


f4 = weakref.finalize(b, cleanup, 1, 2, key='v')
print(f4.peek()[2:], f4(), log[-1])
try:
    weakref.finalize(b)
except TypeError as e:
    print('TypeError', e)
try:
    weakref.finalize(1, print)
except TypeError as e:
    print('TypeError', e)

# finalizers that run at exit, newest first, can raise without stopping the others
keep = Box()
weakref.finalize(keep, print, 'exit 1')
weakref.finalize(keep, print, 'exit 2')
weakref.finalize(keep, lambda: print('exit 3') or None)
print('end')
