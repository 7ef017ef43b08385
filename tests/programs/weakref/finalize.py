import weakref
class Conn:
    def __init__(self, name):
        self.name = name
def close(name):
    print('finalizer closing', name)
    return f'{name} closed'
c = Conn('db')
f = weakref.finalize(c, close, 'db')
print(f.alive, f.peek()[2:])
del c
print(f.alive)
c2 = Conn('cache')
f2 = weakref.finalize(c2, close, 'cache')
print(f2(), f2.alive, f2())
del c2
print('no second call after explicit finalize')
c3 = Conn('detached')
f3 = weakref.finalize(c3, close, 'detached')
print(f3.detach()[2:], f3.alive)
del c3
print('detached finalizer did not run')
c4 = Conn('at exit')
f4 = weakref.finalize(c4, close, 'at exit (program end)')
print(f4.atexit)
print('end of program')
