from contextlib import ExitStack, contextmanager

@contextmanager
def res(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)

log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    log.append("body " + ",".join(names))
print(log)

# callback returns its argument; push returns its argument
stack = ExitStack()
def f(*a, **k):
    print("f called", a, sorted(k.items()))
print(stack.callback(f, 1, 2, x=3) is f)
def exit_cb(t, v, tb):
    print("exit_cb", t.__name__ if t else None)
print(stack.push(exit_cb) is exit_cb)
stack.close()
stack.close()

# suppression by a pushed exit
def suppressor(t, v, tb):
    print("suppressing", type(v).__name__)
    return True
with ExitStack() as stack:
    stack.push(suppressor)
    raise ValueError("x")
print("suppressed ok")

# pop_all transfers callbacks
log = []
with ExitStack() as stack:
    stack.callback(log.append, 1)
    stack.callback(log.append, 2)
    other = stack.pop_all()
print("after with", log)
other.close()
print("after close", log)

# enter_context with a non context manager
class NotCM:
    pass
try:
    ExitStack().enter_context(NotCM())
except TypeError as e:
    print(type(e).__name__, e)
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print(type(e).__name__, e)

# push an object with __exit__
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("CM exit", self.n, exc[0].__name__ if exc[0] else None)
        return False
with ExitStack() as stack:
    stack.push(CM(1))
    stack.enter_context(CM(2))
print()

# exceptions raised by callbacks get chained like nested with statements
def raiser(exc):
    def cb(*a):
        raise exc
    return cb

try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError("inner most cb")))
        stack.push(raiser(IndexError("outer cb")))
        raise ValueError("body")
except Exception as e:
    print(type(e).__name__, e)
    c = e.__context__
    while c is not None:
        print("  context:", type(c).__name__, c)
        c = c.__context__

# a later callback suppresses an earlier exception
try:
    with ExitStack() as stack:
        stack.push(suppressor)
        stack.push(raiser(KeyError("k")))
        raise ValueError("v")
    print("all suppressed")
except Exception as e:
    print("unexpected", e)

# no exception: callbacks raising
try:
    with ExitStack() as stack:
        stack.callback(raiser(TypeError("t1")))
        stack.callback(raiser(TypeError("t2")))
except TypeError as e:
    print(type(e).__name__, e, "context:", e.__context__)

# callback __wrapped__
stack = ExitStack()
stack.callback(print, "wrapped")
print(stack._exit_callbacks[0][1].__wrapped__ is print)
stack.close()

# exception inside an outer handler: context not rewritten past frame exception
try:
    raise LookupError("outer")
except LookupError:
    try:
        with ExitStack() as stack:
            stack.callback(raiser(KeyError("cb")))
    except KeyError as e:
        print(type(e).__name__, e, "context:", type(e.__context__).__name__)
