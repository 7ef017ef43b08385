# Queue subclasses overriding the storage hooks, and the public attributes.
import queue
import threading


class DedupQueue(queue.Queue):
    """Drops items already waiting in the queue."""

    def _init(self, maxsize):
        super()._init(maxsize)
        self.waiting = set()

    def _put(self, item):
        if item not in self.waiting:
            self.waiting.add(item)
            super()._put(item)

    def _get(self):
        item = super()._get()
        self.waiting.discard(item)
        return item


dq = DedupQueue()
for url in ["/a", "/b", "/a", "/c", "/b"]:
    dq.put(url)
print(dq.qsize(), dq.unfinished_tasks)
print([dq.get() for _ in range(dq.qsize())])


class ReversedPriority(queue.PriorityQueue):
    def _put(self, item):
        super()._put(-item)

    def _get(self):
        return -super()._get()


rp = ReversedPriority()
for n in [5, 1, 9, 3]:
    rp.put(n)
print([rp.get() for _ in range(4)])

# Clearing a queue through its mutex and deque, as some programs do.
q = queue.Queue()
for i in range(5):
    q.put(i)
with q.mutex:
    q.queue.clear()
    q.unfinished_tasks = 0
print(q.qsize(), q.empty(), isinstance(q.mutex, type(threading.Lock())))
print(type(q.not_empty).__name__, type(q.not_full).__name__, type(q.all_tasks_done).__name__)
q.join()
print("joined")

# Pipeline: stage one thread feeds stage two through a queue.
raw, cooked = queue.Queue(), queue.Queue()
for line in ["3 4", "10 20", "7 8"]:
    raw.put(line)
raw.put(None)


def parse():
    while (line := raw.get()) is not None:
        a, b = map(int, line.split())
        cooked.put(a * b)
        raw.task_done()
    raw.task_done()
    cooked.put(None)


def total(out):
    acc = 0
    while (v := cooked.get()) is not None:
        acc += v
    out.append(acc)


out = []
for target, args in ((parse, ()), (total, (out,))):
    t = threading.Thread(target=target, args=args)
    t.start()
    t.join()
raw.join()
print(out)
