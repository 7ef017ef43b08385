# Worker threads appending to shared state under a lock, thread names,
# join/is_alive and the bookkeeping functions.
import threading

results = []
totals = {"count": 0}
lock = threading.Lock()


def worker(n, scale=1):
    name = threading.current_thread().name
    with lock:
        results.append((n, n * n * scale, name))
        totals["count"] += 1


threads = [threading.Thread(target=worker, args=(i,), kwargs={"scale": 2})
           for i in range(5)]
print([t.name for t in threads])
print(repr(threads[0]))
print([t.is_alive() for t in threads], [t.ident for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print("count:", totals["count"])
print([t.is_alive() for t in threads])
print(all(isinstance(t.ident, int) for t in threads))
print(threading.active_count(), len(threading.enumerate()))
print(threading.current_thread().name, threading.current_thread() is threading.main_thread())
print(isinstance(threading.get_ident(), int), threading.get_ident() == threading.main_thread().ident)
print(lock.locked())

# Named threads, daemon flag, subclass overriding run().
class Counter(threading.Thread):
    def __init__(self, limit):
        super().__init__(name="counter-%d" % limit)
        self.limit = limit
        self.total = 0

    def run(self):
        for i in range(self.limit):
            self.total += i


c = Counter(10)
c.daemon = True
print(c.name, c.daemon)
c.start()
c.join()
print(c.total, c.is_alive())

# A target that is a bound method / a lambda / a partial.
class Acc:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)


acc = Acc()
t1 = threading.Thread(target=acc.add, args=("a",))
t2 = threading.Thread(target=lambda: acc.add("b"))
t3 = threading.Thread(target=None)
t4 = threading.Thread(name=42)
print(t1.name.split(" ", 1)[1], t2.name.split(" ", 1)[1], t3.name.startswith("Thread-"), t4.name)
for t in (t1, t2, t3):
    t.start()
    t.join()
print(sorted(acc.items))

# RLock used recursively.
rlock = threading.RLock()
log = []


def recursive(n):
    with rlock:
        log.append(n)
        if n:
            recursive(n - 1)


threads = [threading.Thread(target=recursive, args=(3,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)

# Error cases.
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


fresh = threading.Thread(target=print)
attempt("join before start", fresh.join)
attempt("join current", threading.current_thread().join)
attempt("start twice", c.start)
attempt("daemon after start", lambda: setattr(c, "daemon", False))
attempt("group", lambda: threading.Thread(group="g"))
attempt("release unlocked", lock.release)
attempt("rlock release", rlock.release)
attempt("nonblocking timeout", lambda: lock.acquire(False, 1))
attempt("negative timeout", lambda: lock.acquire(True, -5))
print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0), lock.locked())
lock.release()
print(lock.locked())
