# Native consumers (sum, any, all, list, tuple, sorted, join) of generators: items,
# side effects and the generator's state must be exactly as with next() per item.
import sys


def noisy(items):
    for x in items:
        print("  yield", repr(x))
        yield x
    print("  done")


class Loud:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("  add", self.v, other)
        return Loud(self.v + (other.v if isinstance(other, Loud) else other))

    __radd__ = __add__

    def __bool__(self):
        print("  bool", self.v)
        return bool(self.v)

    def __repr__(self):
        return f"Loud({self.v})"


print("sum ints", sum(noisy([1, 2, 3])))
print("sum overflow", sum(x for x in [2**62, 2**62, 2**62, -5]))
print("sum mixed", sum(noisy([1, 2.5, 3, 10**30, 0.25])))
print("sum floats", sum(x / 10 for x in range(10)), sum((0.1 for _ in range(10)), 0.0))
print("sum start", sum((x for x in range(5)), 100), sum((x for x in range(3)), start=0.5))
print("sum objects", sum(noisy([1, Loud(2), 3])))
print("sum lists", sum(([x] for x in range(3)), []))
try:
    sum(noisy([1, "a", 2]))
except TypeError as e:
    print("TypeError", e)

print("any", any(noisy([0, "", None, 3, 4])))
print("all", all(noisy([1, "x", [0], 0.0, 5])))
print("any loud", any(noisy([0, Loud(0), Loud(1), 7])))
print("all loud", all(noisy([1, Loud(1), Loud(0), 7])))
print("any empty", any(x for x in ()), all(x for x in ()))

g = (x for x in range(10))
print("any stops", any(x > 3 for x in g), next(g), list(g))
g = (x for x in range(10))
print("any g", any(x == 4 for x in g))
g = iter(x for x in range(10))
print(any(g), next(g))


def watcher():
    gen = yield
    for i in range(3):
        print("  running?", gen.gi_running, gen.gi_frame is not None)
        yield i


w = watcher()
next(w)
w.send(w)
print("list watcher", list(w), w.gi_frame)


def reenter():
    yield 1
    try:
        next(me)
    except ValueError as e:
        print("  ValueError", e)
    yield 2


me = reenter()
print("reenter", list(me))
me = reenter()
print("reenter sum", sum(me))


def failing():
    yield 1
    yield 2
    raise KeyError("boom")


for consumer in (list, tuple, sum, any, sorted, set):
    try:
        print(consumer.__name__, consumer(failing()))
    except KeyError as e:
        print(consumer.__name__, "KeyError", e)


def stop_inside():
    yield 1
    raise StopIteration


try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


def nested(n):
    yield sum(x for x in range(n))
    yield list(y * 2 for y in range(n))
    yield any(z > n for z in range(n))


print("nested", list(nested(4)), sum(sum(x for x in range(i)) for i in range(6)))
print("join", "-".join(str(i) for i in range(5)), sorted((-x for x in range(4))))


def fin():
    try:
        yield 1
        yield 0
        yield 2
    finally:
        print("  finally")


g = fin()
print("all fin", all(g))
del g
print("after del")

calls = []


def prof(frame, event, arg):
    if frame.f_code.co_name == "counted":
        calls.append(event)


def counted():
    yield 1
    yield 2


sys.setprofile(prof)
total = sum(counted())
sys.setprofile(None)
print("profiled", total, calls)
calls.clear()
sys.setprofile(prof)
items = list(counted()) + sorted(counted()) + [any(x > 1 for x in counted())]
sys.setprofile(None)
print("profiled list", items, calls)
