# Thread state seen from inside run(), reprs, ExceptHookArgs, deprecated aliases.
import threading
import warnings

inside = []


def probe():
    me = threading.current_thread()
    inside.append((me.name, me.is_alive(), me is not threading.main_thread(),
                   threading.active_count(), me in threading.enumerate(),
                   threading.get_ident() == me.ident, me.daemon))


t = threading.Thread(target=probe, name="probe")
t.start()
t.join()
print(inside)
print(repr(t).startswith("<Thread(probe, stopped "), t.native_id is not None)
d = threading.Thread(target=probe, daemon=True)
print(repr(d).endswith("initial daemon)>"))
d.start()
print(inside[-1][-1])
print(repr(threading.main_thread()).startswith("<_MainThread(MainThread, started "))

args = threading.ExceptHookArgs([ValueError, ValueError("v"), None, None])
print(args)
print(args.exc_type, args.exc_value, args.exc_traceback, args.thread)
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print(e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    t.getName()
    t.setName("renamed")
    threading.currentThread()
    threading.activeCount()
    threading.Event().isSet()
    c = threading.Condition()
    with c:
        c.notifyAll()
for w in caught:
    print(w.category.__name__, w.message)
print(t.name)

r = threading.RLock()
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at "))
with r:
    with r:
        print(repr(r).split(" count=")[1].split()[0])
lk = threading.Lock()
print(repr(lk).startswith("<unlocked _thread.lock object at"))
with lk:
    print(repr(lk).startswith("<locked _thread.lock object at"))
print(repr(threading.Semaphore(3)).endswith(": value=3>"),
      repr(threading.BoundedSemaphore(2)).endswith(": value=2/2>"))
e = threading.Event()
print(repr(e).endswith(": unset>"))
e.set()
print(repr(e).endswith(": set>"))
b = threading.Barrier(3)
print(repr(b).endswith(": waiters=0/3>"))
b.abort()
print(repr(b).endswith(": broken>"))
try:
    b.wait()
except threading.BrokenBarrierError as exc:
    print("broken", repr(exc))

print(threading.stack_size(), threading.stack_size(65536), threading.stack_size(0))
try:
    threading.stack_size(100)
except ValueError as exc:
    print(exc)
print(threading.ThreadError is RuntimeError, threading.TIMEOUT_MAX > 1e6)
print(threading.gettrace(), threading.getprofile())

# A Timer that fires after its interval, with kwargs.
out = []
tm = threading.Timer(0.001, lambda **kw: out.append(sorted(kw)), kwargs={"b": 1, "a": 2})
tm.start()
tm.join()
print(out, tm.is_alive())

# Condition.wait_for with a predicate that becomes true only by timeout
cv = threading.Condition(threading.Lock())
with cv:
    print(cv.wait_for(lambda: 0, timeout=0), cv.wait(0))

# Barrier action failure breaks the barrier
def bad_action():
    raise KeyError("act")


bb = threading.Barrier(1, action=bad_action)
try:
    bb.wait()
except KeyError as exc:
    print("action raised", exc, bb.broken)

# Subclass overriding __init__ without calling Thread.__init__
class Broken(threading.Thread):
    def __init__(self):
        pass


try:
    Broken().start()
except RuntimeError as exc:
    print(exc)
