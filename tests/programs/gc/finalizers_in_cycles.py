# __del__ of objects in a cycle runs once, in creation order; resurrection is honoured.
import gc

gc.collect()


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = Loud("a")
b = Loud("b")
c = Loud("c")
a.next = b
b.next = c
c.next = a
del a, b, c
print("collected", gc.collect())
print("again", gc.collect())

saved = []


class Phoenix:
    def __del__(self):
        print("resurrecting")
        saved.append(self)


p = Phoenix()
p.me = p
del p
gc.collect()
print(len(saved), type(saved[0]).__name__)
# Its finalizer already ran: dropping it again does not run it twice.
saved.clear()
print("cleared")
gc.collect()
print("done")


import sys
sys.unraisablehook = lambda u: print("unraisable:", type(u.exc_value).__name__, u.exc_value)


class Bad:
    def __del__(self):
        raise RuntimeError("boom in __del__")


x = Bad()
x.me = x
del x
gc.collect()
print("after bad")


# A suspended generator in a cycle is closed: its finally block runs.
def worker(owner):
    try:
        yield 1
        yield 2
    finally:
        print("worker closed")


class Owner:
    pass


o = Owner()
o.gen = worker(o)
next(o.gen)
del o
gc.collect()
print("end")
