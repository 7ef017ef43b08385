# FIFO, LIFO, priority and simple queues, bounded queues and their errors.
import queue

fifo, lifo, prio = queue.Queue(), queue.LifoQueue(), queue.PriorityQueue()
for q in (fifo, lifo, prio):
    for item in (3, 1, 4, 1, 5):
        q.put(item)
for q in (fifo, lifo, prio):
    print(type(q).__name__, [q.get() for _ in range(q.qsize())])

tasks = queue.PriorityQueue()
tasks.put((2, "write"))
tasks.put((1, "read"))
tasks.put((3, "close"))
tasks.put_nowait((1, "open"))
while not tasks.empty():
    print(tasks.get_nowait())

bounded = queue.Queue(maxsize=2)
print(bounded.maxsize, bounded.full())
bounded.put("a")
bounded.put("b", block=False)
print(bounded.full(), bounded.qsize())
for label, fn in [("put_nowait", lambda: bounded.put_nowait("c")),
                  ("put nonblocking", lambda: bounded.put("c", False)),
                  ("put timeout", lambda: bounded.put("c", timeout=0.01)),
                  ("negative timeout", lambda: bounded.put("c", timeout=-1)),
                  ("get negative", lambda: bounded.get(timeout=-0.5))]:
    try:
        fn()
        print(label, "ok")
    except (queue.Full, ValueError) as e:
        print(label, type(e).__name__, repr(e))
print(bounded.get(), bounded.get(), bounded.empty())
for label, fn in [("get_nowait", bounded.get_nowait),
                  ("get nonblocking", lambda: bounded.get(False)),
                  ("get timeout", lambda: bounded.get(True, 0.01))]:
    try:
        fn()
    except queue.Empty as e:
        print(label, type(e).__name__, repr(e))
try:
    bounded.task_done()
    bounded.task_done()
    bounded.task_done()
except ValueError as e:
    print(type(e).__name__, e)
print(bounded.unfinished_tasks)

sq = queue.SimpleQueue()
for x in range(3):
    sq.put(x)
sq.put_nowait("last")
print(sq.qsize(), sq.empty())
print([sq.get() for _ in range(4)], sq.empty())
for label, fn in [("get_nowait", sq.get_nowait),
                  ("get timeout", lambda: sq.get(timeout=0.01)),
                  ("negative", lambda: sq.get(timeout=-1)),
                  ("nonblocking negative", lambda: sq.get(False, -1))]:
    try:
        fn()
    except (queue.Empty, ValueError) as e:
        print(label, type(e).__name__, repr(e))

print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Queue[int], queue.SimpleQueue[str])
print(list(fifo.queue), lifo.queue, prio.queue)
