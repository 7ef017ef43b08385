# Cycles are freed without an explicit gc.collect() once enough of them pile up.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


refs = []
for i in range(50000):
    a = Node(i)
    b = Node(-i)
    a.peer = b
    b.peer = a
    if i % 5000 == 0:
        refs.append(weakref.ref(a))
del a, b
alive = sum(1 for r in refs if r() is not None)
print("early cycles still alive:", alive < len(refs))
gc.collect()
print("after collect:", sum(1 for r in refs if r() is not None))

# With automatic collection disabled, cycles stay until collect().
gc.disable()
print(gc.isenabled())
r2 = []
for i in range(30000):
    a = Node(i)
    a.peer = a
    if i % 10000 == 0:
        r2.append(weakref.ref(a))
del a
print("disabled, alive:", sum(1 for r in r2 if r() is not None))
print("found some:", gc.collect() >= 30000)
print("alive after collect:", sum(1 for r in r2 if r() is not None))
gc.enable()
print(gc.isenabled())
