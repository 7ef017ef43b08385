"""FIFO, LIFO and priority queues for passing items between tasks."""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

import collections
import heapq

from .locks import Event, _LoopBound


class QueueEmpty(Exception):
    """get_nowait() on an empty queue."""


class QueueFull(Exception):
    """put_nowait() on a full queue."""


def _wake_first_pending(waiters):
    # Pop waiters until one that is still pending; resolve it.
    while waiters:
        fut = waiters.popleft()
        if not fut.done():
            fut.set_result(None)
            return


class Queue(_LoopBound):
    """A FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self._limit = maxsize
        # ``_getters`` and ``_unfinished_tasks`` keep CPython's names:
        # programs peek at them.
        self._getters, self._putters = collections.deque(), collections.deque()
        self._unfinished_tasks = 0
        self._all_processed = Event()
        self._all_processed.set()
        self._init(maxsize)

    # Storage hooks overridden by the subclasses.
    def _init(self, maxsize):
        self._items = collections.deque()

    def _get(self):
        items = self._items
        return items.popleft()

    def _put(self, item):
        items = self._items
        items.append(item)

    def _summary(self):
        parts = ['maxsize=%r' % (self._limit,)]
        if getattr(self, '_items', None):
            parts.append('_queue=%r' % (list(self._items),))
        for label, waiting in (('_getters', self._getters),
                               ('_putters', self._putters)):
            if waiting:
                parts.append('%s[%d]' % (label, len(waiting)))
        if self._unfinished_tasks:
            parts.append('tasks=%d' % self._unfinished_tasks)
        return ' '.join(parts)

    def __repr__(self):
        return '<%s at %#x %s>' % (type(self).__name__, id(self),
                                    self._summary())

    def __str__(self):
        return '<%s %s>' % (type(self).__name__, self._summary())

    def __class_getitem__(cls, item):
        return cls

    @property
    def maxsize(self):
        return self._limit

    def qsize(self):
        return len(self._items)

    def empty(self):
        return len(self._items) == 0

    def full(self):
        return 0 < self._limit <= self.qsize()

    async def _wait_turn(self, waiters, still_blocked):
        ticket = self._get_loop().create_future()
        waiters.append(ticket)
        try:
            await ticket
        except:
            ticket.cancel()
            if ticket in waiters:
                waiters.remove(ticket)
            # If we were woken but are leaving, pass the wake-up on.
            if not ticket.cancelled() and not still_blocked():
                _wake_first_pending(waiters)
            raise

    async def put(self, item):
        """Put *item*, waiting while the queue is full."""
        while self.full():
            await self._wait_turn(self._putters, self.full)
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks = self._unfinished_tasks + 1
        self._all_processed.clear()
        _wake_first_pending(self._getters)

    async def get(self):
        """Remove and return an item, waiting while the queue is empty."""
        while self.empty():
            await self._wait_turn(self._getters, self.empty)
        item = self.get_nowait()
        return item

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_first_pending(self._putters)
        return item

    def task_done(self):
        """Mark one fetched item as processed (for join())."""
        if self._unfinished_tasks < 1:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks = self._unfinished_tasks - 1
        if not self._unfinished_tasks:
            self._all_processed.set()

    async def join(self):
        """Wait until every item put has been marked with task_done()."""
        if self._unfinished_tasks:
            await self._all_processed.wait()


class PriorityQueue(Queue):
    """Queue returning the smallest item first (a heap)."""

    def _init(self, maxsize):
        self._items = []

    def _put(self, item):
        heapq.heappush(self._items, item)

    def _get(self):
        smallest = heapq.heappop(self._items)
        return smallest


class LifoQueue(Queue):
    """Queue returning the most recently added item first."""

    def _init(self, maxsize):
        self._items = []

    def _put(self, item):
        self._items.append(item)

    def _get(self):
        newest = self._items.pop()
        return newest
