# Condition, Semaphore, BoundedSemaphore, Event, Barrier and Timer used the
# way programs use them, plus their error cases.
import threading

# Semaphore limiting concurrent access.
pool = threading.Semaphore(2)
active = []
peak = [0]


def use_resource(n):
    with pool:
        active.append(n)
        peak[0] = max(peak[0], len(active))
        active.remove(n)


threads = [threading.Thread(target=use_resource, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak", peak[0], "left", active)
print(pool.acquire(), pool.acquire(), pool.acquire(blocking=False))
pool.release(2)
print(pool.acquire(timeout=0.01))

bounded = threading.BoundedSemaphore(2)
bounded.acquire()
bounded.release()
for label, fn in [("release", bounded.release),
                  ("negative", lambda: threading.Semaphore(-1)),
                  ("n=0", lambda: pool.release(0)),
                  ("nonblocking+timeout", lambda: pool.acquire(False, 1))]:
    try:
        fn()
        print(label, "ok")
    except ValueError as e:
        print(label, type(e).__name__, e)

# Event set by one thread, checked by others.
ready = threading.Event()
print(ready.is_set(), ready.wait(0.01))


def setter():
    ready.set()


checks = []


def checker():
    checks.append(ready.wait())


threading.Thread(target=setter).start()
for _ in range(3):
    threading.Thread(target=checker).start()
print(ready.is_set(), checks)
ready.clear()
print(ready.is_set())

# Condition with a predicate that is already true.
cond = threading.Condition()
items = []


def producer():
    with cond:
        items.extend([1, 2, 3])
        cond.notify_all()


def consumer(out):
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        out.append(sum(items))


out = []
p = threading.Thread(target=producer)
p.start()
p.join()
c = threading.Thread(target=consumer, args=(out,))
c.start()
c.join()
print(out)
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: False, timeout=0.01), cond.wait_for(lambda: "yes"))
for label, fn in [("wait", cond.wait), ("notify", cond.notify),
                  ("notify_all", cond.notify_all)]:
    try:
        fn()
    except RuntimeError as e:
        print(label, type(e).__name__, e)

# Condition over a plain Lock.
lk = threading.Lock()
cond2 = threading.Condition(lk)
with cond2:
    cond2.notify()
    print("locked inside:", lk.locked())
print("locked after:", lk.locked())

# A one-party barrier with an action.
calls = []
barrier = threading.Barrier(1, action=lambda: calls.append("action"))
t = threading.Thread(target=lambda: calls.append(barrier.wait()))
t.start()
t.join()
print(calls, barrier.parties, barrier.n_waiting, barrier.broken)
barrier.abort()
try:
    barrier.wait()
except threading.BrokenBarrierError as e:
    print("broken:", type(e).__name__, isinstance(e, RuntimeError))
barrier.reset()
print(barrier.broken, barrier.wait())

# A barrier for two whose only waiter times out.
b2 = threading.Barrier(2, timeout=0.01)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("timed out:", type(e).__name__, b2.broken)

# Timers.
fired = []
timer = threading.Timer(0.01, fired.append, args=["tick"])
timer.start()
timer.join()
cancelled = threading.Timer(0.01, fired.append, args=["never"])
cancelled.cancel()
cancelled.start()
cancelled.join()
print(fired, timer.finished.is_set(), cancelled.finished.is_set())
print(timer.name.startswith("Thread-"), "(" not in timer.name)
