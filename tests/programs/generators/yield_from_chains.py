# Values, sends, throws and closes passing through chains of delegating generators.
import sys

def leaf(n, log):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                log.append(("leaf got", got))
        return "leaf done"
    except KeyError as e:
        log.append(("leaf caught", e.args))
        yield "recovered"
        return "leaf after error"
    finally:
        log.append("leaf finally")

def middle(n, log, depth):
    if depth == 0:
        r = yield from leaf(n, log)
    else:
        r = yield from middle(n, log, depth - 1)
    log.append(("middle", depth, r))
    return r

log = []
print(list(middle(3, log, 5)))
print(log)

log = []
g = middle(4, log, 3)
print(next(g), g.send("a"), g.send("b"))
print(g.throw(KeyError("k")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(log)

log = []
g = middle(5, log, 2)
next(g)
g.close()
print("closed", log, g.gi_frame)

def tree(d):
    if d:
        yield from tree(d - 1)
        yield d
        yield from tree(d - 1)
print(sum(tree(10)), list(tree(3)))

def inner_raises():
    yield 1
    raise ValueError("deep")
def chain(k):
    if k:
        yield from chain(k - 1)
    else:
        yield from inner_raises()
g = chain(4)
print(next(g))
try:
    next(g)
except ValueError as e:
    import traceback
    print("ValueError", e, len(traceback.extract_tb(e.__traceback__)))

def running():
    yield from running_inner()
def running_inner():
    yield g2.gi_running
    try:
        next(g2)
    except ValueError as e:
        yield str(e)
g2 = running()
print(list(g2))

def stop_inside():
    yield 1
    raise StopIteration("x")
def outer_stop():
    yield from stop_inside()
try:
    list(outer_stop())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

def deep(k):
    if k:
        return (yield from deep(k - 1)) + 1
    yield "bottom"
    return 0
g = deep(50)
print(next(g))
try:
    g.send(None)
except StopIteration as e:
    print("depth", e.value)

print(sys.getrecursionlimit() > 100)
def forever(k):
    yield from forever(k + 1)
try:
    next(forever(0))
except RecursionError:
    print("RecursionError")
