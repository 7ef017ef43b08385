"""Synchronized queues for Ferrython's emulated threads.

Every emulated thread runs to completion as soon as it is started, so an
item can never show up (or a slot free up) while a caller is blocked.  A
blocking operation without a timeout that cannot proceed at once therefore
raises RuntimeError; with a timeout it sleeps and raises Empty or Full.
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


def _stuck(what):
    return threading._deadlock(what)


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
                raise _stuck("Queue.join() with %d unfinished task(s)"
                             % outstanding)

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
        with self.mutex:
            limit = self.maxsize
            if limit > 0:
                _reject_negative(block, timeout)
                if self._qsize() >= limit:
                    if not block:
                        raise Full
                    if timeout is None:
                        raise _stuck("put() on a full %s" % type(self).__name__)
                    threading._doze(timeout)   # no consumer can run meanwhile
                    raise Full
            self._put(item)
            self.unfinished_tasks = self.unfinished_tasks + 1

    def get(self, block=True, timeout=None):
        """Remove and return an item; see the module docstring."""
        with self.mutex:
            _reject_negative(block, timeout)
            if self._qsize() == 0:
                if not block:
                    raise Empty
                if timeout is None:
                    raise _stuck("get() on an empty %s" % type(self).__name__)
                threading._doze(timeout)   # no producer can run meanwhile
                raise Empty
            return self._get()

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
            if timeout is None:
                raise _stuck("get() on an empty SimpleQueue")
            threading._doze(timeout)
            raise Empty
        return self._items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)
