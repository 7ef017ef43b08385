# A producer fills a queue first; consumer threads drain it until a sentinel.
import queue
import threading

tasks = queue.Queue()
results = []
results_lock = threading.Lock()
STOP = None


def producer(n):
    for i in range(n):
        tasks.put(("job", i))
    for _ in range(2):
        tasks.put(STOP)


def consumer():
    while True:
        item = tasks.get()
        try:
            if item is STOP:
                return
            kind, i = item
            with results_lock:
                results.append(i * 10)
        finally:
            tasks.task_done()


p = threading.Thread(target=producer, args=(7,))
p.start()
p.join()
print("queued:", tasks.qsize(), tasks.empty(), tasks.full())
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for c in consumers:
    c.start()
tasks.join()
for c in consumers:
    c.join()
print(sorted(results))
print("left:", tasks.qsize(), tasks.empty(), tasks.unfinished_tasks)

# Consumers that stop on queue.Empty with get_nowait / get(timeout).
work = queue.Queue()
for word in "the quick brown fox".split():
    work.put(word)
collected = []


def drain():
    while True:
        try:
            collected.append(work.get_nowait().upper())
        except queue.Empty:
            break
        work.task_done()


t = threading.Thread(target=drain)
t.start()
t.join()
work.join()
print(collected)
try:
    work.get(timeout=0.01)
except queue.Empty as e:
    print("timeout:", type(e).__name__, repr(e))

# Results queue filled by workers, read by the main thread.
out = queue.Queue()


def square(n):
    out.put((n, n * n))


threads = [threading.Thread(target=square, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
pairs = []
while not out.empty():
    pairs.append(out.get())
print(sorted(pairs))
