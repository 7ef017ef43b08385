# Cycles through every kind of container are found and freed; gc.collect() counts them.
import gc

gc.collect()


class A:
    pass


l = []
l.append(l)
del l
print("list", gc.collect())

d = {}
d["self"] = d
del d
print("dict", gc.collect())

a = A()
a.me = a
del a
print("instance", gc.collect())

a = A()
a.items = [a, (a, 1), {"k": a}]
del a
print("instance+list+tuple+dict", gc.collect())


def make_closure():
    def inner():
        return inner
    return inner


f = make_closure()
del f
print("closure", gc.collect())


class WithMethod:
    def __init__(self):
        self.cb = self.method

    def method(self):
        return 1


w = WithMethod()
del w
print("bound method", gc.collect())

s = A()
s.group = {1, 2}
s.holder = [s]
del s
print("set and list", gc.collect())

# A cycle reachable from a live object is not garbage.
keep = A()
keep.child = A()
keep.child.parent = keep
print("reachable", gc.collect())
print(keep.child.parent is keep)


# Exceptions and tracebacks.
def fail():
    raise ValueError("x")


class Holder:
    pass


h = Holder()
try:
    fail()
except ValueError as e:
    h.err = e
    e.holder = h
del h
print("exception cycle found:", gc.collect() >= 2)

# Iterators that refer back to their container.
it_holder = A()
it_holder.data = [1, 2, 3]
it_holder.it = iter(it_holder.data)
it_holder.data.append(it_holder)
del it_holder
print("iterator cycle", gc.collect() >= 3)
print("nothing left", gc.collect())
