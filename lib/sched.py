"""A general-purpose event scheduler.

A scheduler is built from two functions: ``timefunc()`` returns the
current time as a number, and ``delayfunc(t)`` waits t units of that
time.  Events are queued with enterabs() (absolute time) or enter()
(relative delay), each with a priority: among events due at the same
time the lower priority number runs first, and events with equal time
and priority run in the order they were scheduled.

run() executes the events in order, waiting between them with
delayfunc.  After each action it calls delayfunc(0) so that other
threads get a chance to modify the queue.
"""

import heapq
import itertools
import threading
import time
from collections import namedtuple

__all__ = ["scheduler"]


Event = namedtuple('Event',
                   'time priority sequence action argument kwargs')
Event.time.__doc__ = 'When the event is due, in timefunc units.'
Event.priority.__doc__ = 'Tie-breaker among events due at the same time.'
Event.sequence.__doc__ = 'Serial number giving first-come ordering.'
Event.action.__doc__ = 'The callable run when the event fires.'
Event.argument.__doc__ = 'Tuple of positional arguments for action.'
Event.kwargs.__doc__ = 'Dict of keyword arguments for action.'

# Marks "no kwargs given" so every event gets its own fresh dict.
_NO_KWARGS = object()


class scheduler:
    """Event scheduler parametrised by a clock and a sleep function."""

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._heap = []
        self._guard = threading.RLock()
        self._serials = itertools.count()
        self.timefunc, self.delayfunc = timefunc, delayfunc

    def enterabs(self, time, priority, action, argument=(),
                 kwargs=_NO_KWARGS):
        """Schedule action(*argument, **kwargs) at absolute time `time`.

        Returns the Event, which can be passed to cancel().
        """
        if kwargs is _NO_KWARGS:
            kwargs = {}
        with self._guard:
            serial = next(self._serials)
            item = Event(time, priority, serial, action, argument, kwargs)
            heapq.heappush(self._heap, item)
        return item

    def enter(self, delay, priority, action, argument=(),
              kwargs=_NO_KWARGS):
        """Schedule an event `delay` time units from now."""
        due = self.timefunc() + delay
        return self.enterabs(due, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove a pending event; ValueError if it is not queued."""
        with self._guard:
            self._heap.remove(event)
            heapq.heapify(self._heap)

    def empty(self):
        """True when no events are pending."""
        with self._guard:
            return not self._heap

    def run(self, blocking=True):
        """Run pending events in order until the queue is empty.

        With blocking=False, run only the events already due and return
        how long until the next one (None when nothing is left).
        """
        heap = self._heap
        guard = self._guard
        clock = self.timefunc
        wait = self.delayfunc
        while True:
            with guard:
                if not heap:
                    return None
                first = heap[0]
                now = clock()
                due = first.time
                early = due > now
                if not early:
                    heapq.heappop(heap)
            if early:
                if not blocking:
                    return due - now
                wait(due - now)
            else:
                first.action(*first.argument, **first.kwargs)
                wait(0)

    @property
    def queue(self):
        """The pending events, earliest first, as a new list."""
        with self._guard:
            ordered = self._heap[:]
        ordered.sort()
        return ordered
