import weakref
class Listener:
    def __init__(self, name):
        self.name = name
listeners = weakref.WeakSet()
a, b, c = Listener('a'), Listener('b'), Listener('c')
for l in (a, b, c):
    listeners.add(l)
del l
print(len(listeners), sorted(l.name for l in listeners), a in listeners)
del b
print(len(listeners), sorted(l.name for l in listeners))
listeners.discard(a)
print(sorted(l.name for l in listeners))
c = None
print(len(listeners), [l.name for l in listeners])
