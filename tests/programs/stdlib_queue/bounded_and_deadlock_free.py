# Bounded LIFO/priority queues, join after task_done, put with timeout on a
# full queue, generic aliases and the exception classes.
import queue
import threading

lq = queue.LifoQueue(maxsize=3)
for x in "abc":
    lq.put_nowait(x)
print(lq.full(), lq.qsize())
try:
    lq.put("d", timeout=0.001)
except queue.Full as e:
    print("full", repr(e))
print([lq.get_nowait() for _ in range(3)], lq.empty())
for _ in range(3):
    lq.task_done()
lq.join()
print("lifo joined", lq.unfinished_tasks)

pq = queue.PriorityQueue(2)
pq.put((5, "low"))
pq.put((1, "high"))
print(pq.full(), pq.get(), pq.get(), pq.empty())
pq.put((1, "x"), block=False, timeout=-3)  # timeout ignored when not blocking
print(pq.qsize())

q = queue.Queue()
print(q.maxsize, q.full())
q.put(1, timeout=-1)  # unbounded: no timeout check
print(q.get(block=False, timeout=-1))

print(queue.Empty, queue.Full, queue.SimpleQueue)
print(queue.LifoQueue[int], queue.PriorityQueue[tuple])
print(queue.Empty.__module__, queue.Full.__module__)


# Worker threads that each consume from a shared queue until it is empty.
work = queue.Queue()
for n in range(6):
    work.put(n)
done = []


def worker():
    while True:
        try:
            n = work.get(block=False)
        except queue.Empty:
            return
        done.append((threading.current_thread().name, n * n))
        work.task_done()


ts = [threading.Thread(target=worker, name="w%d" % i) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
work.join()
print(sorted(n for _, n in done), len(done))

sq = queue.SimpleQueue()
sq.put(1, block=False, timeout=5)
sq.put_nowait(2)
print(sq.get(True, 0), sq.get(timeout=1), sq.empty(), sq.qsize())
