"""Worker pool with threading and queue (deterministic output)."""
import threading
import queue
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True

jobs = queue.Queue()
results = {}
lock = threading.Lock()

def worker():
    while True:
        n = jobs.get()
        if n is None:
            jobs.task_done()
            break
        r = is_prime(n)
        with lock:
            results[n] = r
        jobs.task_done()

threads = [threading.Thread(target=worker, name=f"w{i}") for i in range(4)]
for t in threads:
    t.start()
for n in range(1, 60):
    jobs.put(n)
for _ in threads:
    jobs.put(None)
jobs.join()
for t in threads:
    t.join()
print(sorted(n for n, p in results.items() if p))
print(all(not t.is_alive() for t in threads), [t.name for t in threads])

counter = 0
def inc(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1
ts = [threading.Thread(target=inc, args=(1000,)) for _ in range(5)]
[t.start() for t in ts]
[t.join() for t in ts]
print("counter", counter)

with ThreadPoolExecutor(max_workers=3) as ex:
    futs = {ex.submit(is_prime, n): n for n in [97, 100, 101, 1001, 7919]}
    out = {}
    for f in as_completed(futs):
        out[futs[f]] = f.result()
    print(sorted(out.items()))
    print(list(ex.map(lambda x: x * x, range(6))))
    bad = ex.submit(lambda: 1 / 0)
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("future raised:", e)
    print(type(bad.exception()).__name__, bad.done())

ev = threading.Event()
seen = []
def waiter():
    ev.wait()
    seen.append("woke")
t = threading.Thread(target=waiter)
t.start()
ev.set()
t.join()
print(seen, ev.is_set())

cond = threading.Condition()
items = []
def consumer():
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        items.append("consumed")
t = threading.Thread(target=consumer)
t.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify_all()
t.join()
print(items)
local = threading.local()
def set_local(v, out):
    local.value = v
    out.append(local.value)
out = []
ts = [threading.Thread(target=set_local, args=(i, out)) for i in range(3)]
[t.start() for t in ts]; [t.join() for t in ts]
print(sorted(out), hasattr(local, "value"))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count() >= 1)
q = queue.PriorityQueue()
for p, item in [(3, "c"), (1, "a"), (2, "b")]:
    q.put((p, item))
print([q.get()[1] for _ in range(3)], q.empty(), q.qsize())
lq = queue.LifoQueue(); [lq.put(i) for i in range(3)]; print([lq.get() for _ in range(3)])
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("queue.Empty raised")
bq = queue.Queue(maxsize=1); bq.put(1)
try:
    bq.put(2, timeout=0.01)
except queue.Full:
    print("queue.Full raised")
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
sem = threading.BoundedSemaphore(1)
sem.acquire(); sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
timer_hits = []
tm = threading.Timer(0.01, lambda: timer_hits.append(1)); tm.start(); tm.join()
print(timer_hits)
def boom():
    raise RuntimeError("in thread")
t = threading.Thread(target=boom, name="boomer")
import sys
threading.excepthook = lambda args: print("excepthook:", args.exc_type.__name__, args.exc_value, args.thread.name)
t.start(); t.join()
print("done", time.monotonic() > 0, isinstance(time.time(), float))
