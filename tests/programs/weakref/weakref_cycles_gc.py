import weakref, gc
class Node:
    pass
a, b = Node(), Node()
a.partner, b.partner = b, a
died = []
ra = weakref.ref(a, lambda r: died.append('a'))
rb = weakref.ref(b, lambda r: died.append('b'))
del a, b
print('before collect alive:', ra() is not None, rb() is not None)
gc.collect()
print('after collect alive:', ra() is not None, rb() is not None, sorted(died))
