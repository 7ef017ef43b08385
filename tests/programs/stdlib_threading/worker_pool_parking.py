import threading, queue
q = queue.Queue()
results = []
lock = threading.Lock()
def worker(n):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            results.append(item * item)
        q.task_done()
threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
print('alive after start:', all(t.is_alive() for t in threads))
for i in range(10):
    q.put(i)
for _ in threads:
    q.put(None)
q.join()
for t in threads:
    t.join()
print(sorted(results), any(t.is_alive() for t in threads))
# daemon consumers and q.join()
q2 = queue.Queue()
out = []
def consumer():
    while True:
        out.append(q2.get() + 100)
        q2.task_done()
for _ in range(2):
    threading.Thread(target=consumer, daemon=True).start()
for i in range(5):
    q2.put(i)
q2.join()
print(sorted(out))
# event-driven
ev = threading.Event()
log = []
def waiter():
    ev.wait()
    log.append('woke')
t = threading.Thread(target=waiter)
t.start()
log.append('setting')
ev.set()
t.join()
print(log)
