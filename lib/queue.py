"""Synchronized queues for Ferrython's emulated threads.

A blocking operation that cannot proceed at once parks the emulated thread
that calls it, or, in the main thread, first runs the parked threads (see
threading); if that does not help it raises RuntimeError (it would block
forever).  With a timeout it sleeps and raises Empty or Full.
"""

import threading
from types import GenericAlias as _Alias
from collections import deque
from heapq import heappush as _heap_push, heappop as _heap_pop

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']

_NEGATIVE_TIMEOUT = "'timeout' must be a non-negative number"


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    __module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


def _reject_negative(block, timeout):
    if block and timeout is not None and timeout < 0:
        raise ValueError(_NEGATIVE_TIMEOUT)


class Queue:
    """First-in, first-out queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # Public attributes some programs use directly.
        guard = threading.Lock()
        self.mutex = guard
        # Three conditions over one lock, as in CPython; with emulated
        # threads they are never actually waited on.
        self.not_empty, self.not_full, self.all_tasks_done = (
            threading.Condition(guard) for _ in range(3))
        self.unfinished_tasks = 0   # put() calls minus task_done() calls

    __class_getitem__ = classmethod(_Alias)

    def task_done(self):
        """Mark one item previously got from the queue as processed."""
        with self.mutex:
            if self.unfinished_tasks <= 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks -= 1

    def join(self):
        """Return once every item put has been marked done."""
        with self.mutex:
            outstanding = self.unfinished_tasks
        if outstanding > 0:
            # Outside the mutex: the threads run meanwhile take it.
            threading._block("Queue.join() with %d unfinished task(s)" % outstanding,
                             lambda: self.unfinished_tasks == 0)

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return self.maxsize > 0 and self._qsize() >= self.maxsize

    def put(self, item, block=True, timeout=None):
        """Add item; see the module docstring about blocking."""
        limit = self.maxsize
        if limit > 0:
            _reject_negative(block, timeout)
        while True:
            with self.mutex:
                if limit <= 0 or self._qsize() < limit:
                    self._put(item)
                    self.unfinished_tasks = self.unfinished_tasks + 1
                    # Others may have seen the item: the thread cannot run again from start.
                    threading._note_progress()
                    return
                if not block:
                    raise Full
            if timeout is not None:
                threading._doze(timeout)   # no consumer can run meanwhile
                raise Full
            threading._block("put() on a full %s" % type(self).__name__,
                             lambda: self._qsize() < limit)

    def get(self, block=True, timeout=None):
        """Remove and return an item; see the module docstring."""
        _reject_negative(block, timeout)
        while True:
            with self.mutex:
                if self._qsize():
                    threading._note_progress()
                    return self._get()
                if not block:
                    raise Empty
            if timeout is not None:
                threading._doze(timeout)   # no producer can run meanwhile
                raise Empty
            threading._block("get() on an empty %s" % type(self).__name__,
                             lambda: self._qsize() > 0)

    def put_nowait(self, item):
        return self.put(item, False)

    def get_nowait(self):
        return self.get(False)

    # Storage hooks, meant to be overridden by subclasses.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        first = self.queue.popleft()
        return first


class PriorityQueue(Queue):
    """Queue returning the smallest item first."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heap_push(self.queue, item)

    def _get(self):
        return _heap_pop(self.queue)


class LifoQueue(Queue):
    """Queue returning the most recently added item first."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """Unbounded FIFO queue without task tracking."""

    __module__ = '_queue'

    def __init__(self):
        self._items = deque()

    __class_getitem__ = classmethod(_Alias)

    def put(self, item, block=True, timeout=None):
        """Add item; never blocks (block and timeout are ignored)."""
        self._items.append(item)

    def put_nowait(self, item):
        self._items.append(item)

    def get(self, block=True, timeout=None):
        _reject_negative(block, timeout)
        if not self._items:
            if not block:
                raise Empty
            if timeout is not None:
                threading._doze(timeout)
                raise Empty
            threading._block("get() on an empty SimpleQueue", lambda: bool(self._items))
        threading._note_progress()
        return self._items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)
