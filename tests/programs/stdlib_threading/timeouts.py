# Waiting with timeouts when nothing can arrive: each call gives up and says so.
import threading

lock = threading.Lock()
lock.acquire()
results = []


def try_lock():
    results.append(("lock", lock.acquire(timeout=0.01)))
    results.append(("lock nb", lock.acquire(blocking=False)))


t = threading.Thread(target=try_lock)
t.start()
t.join()
lock.release()

rlock = threading.RLock()
rlock.acquire()


def try_rlock():
    results.append(("rlock", rlock.acquire(timeout=0.01)))
    results.append(("rlock nb", rlock.acquire(False)))


t = threading.Thread(target=try_rlock)
t.start()
t.join()
print(rlock.acquire(False), "re-entered by owner")
rlock.release()
rlock.release()

sem = threading.Semaphore(0)
results.append(("sem", sem.acquire(timeout=0.01)))
event = threading.Event()
results.append(("event", event.wait(timeout=0.01)))
cond = threading.Condition()
with cond:
    results.append(("cond", cond.wait(timeout=0.01)))
for r in results:
    print(r)

# A thread waiting on an event another (finished) thread has set.
flag = threading.Event()
threading.Thread(target=flag.set).start()
print(flag.wait(timeout=5))
