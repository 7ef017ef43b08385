"""Synchronization primitives for tasks: Lock, Event, Condition,
Semaphore, BoundedSemaphore and Barrier."""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore',
           'Barrier')

import collections
import enum

from . import events
from . import exceptions


class _LoopBound:
    """Binds an object to the first running loop that uses it."""

    _loop = None

    def _get_loop(self):
        running = events._get_running_loop()
        if self._loop is None:
            self._loop = running
        if running is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return running


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        # The lock object is not returned (like CPython).
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _with_state(obj, state):
    base = object.__repr__(obj)
    return f'<{base[1:-1]} [{state}]>'


async def _park(owner, waiters):
    """Create a future, queue it in *waiters* and wait for it."""
    fut = owner._get_loop().create_future()
    waiters.append(fut)
    try:
        return await fut
    finally:
        waiters.remove(fut)


class Lock(_ContextManagerMixin, _LoopBound):
    """Mutual exclusion between tasks; waiters are served FIFO."""

    def __init__(self):
        self._line = None
        self._held = False

    def __repr__(self):
        state = 'locked' if self._held else 'unlocked'
        if self._line:
            state += f', waiters:{len(self._line)}'
        return _with_state(self, state)

    def locked(self):
        return self._held

    def _nobody_waiting(self):
        return all(w.cancelled() for w in (self._line or ()))

    async def acquire(self):
        """Block until the lock is free, then take it; returns True."""
        if not self._held and self._nobody_waiting():
            self._held = True
            return True
        if self._line is None:
            self._line = collections.deque()
        try:
            await _park(self, self._line)
        except exceptions.CancelledError:
            # We may have been handed the lock just before cancellation.
            if not self._held:
                self._hand_over()
            raise
        self._held = True
        return True

    def release(self):
        """Free the lock and wake the first waiter."""
        if not self._held:
            raise RuntimeError('Lock is not acquired.')
        self._held = False
        self._hand_over()

    def _hand_over(self):
        if self._line:
            first = self._line[0]
            if not first.done():
                first.set_result(True)


class Event(_LoopBound):
    """A flag tasks can wait on until another task sets it."""

    def __init__(self):
        self._line = collections.deque()
        self._slots = False

    def __repr__(self):
        state = 'set' if self._slots else 'unset'
        if self._line:
            state += f', waiters:{len(self._line)}'
        return _with_state(self, state)

    def is_set(self):
        return self._slots

    def set(self):
        """Set the flag and wake every waiter."""
        if self._slots:
            return
        self._slots = True
        for fut in self._line:
            if not fut.done():
                fut.set_result(True)

    def clear(self):
        self._slots = False

    async def wait(self):
        """Return True once the flag is set (immediately if it is)."""
        if self._slots:
            return True
        await _park(self, self._line)
        return True


class Condition(_ContextManagerMixin, _LoopBound):
    """Lets tasks wait until notified, holding an underlying Lock."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._mutex = lock
        self._line = collections.deque()

    def locked(self):
        return self._mutex.locked()

    async def acquire(self):
        return await self._mutex.acquire()

    def release(self):
        self._mutex.release()

    def __repr__(self):
        state = 'locked' if self.locked() else 'unlocked'
        if self._line:
            state += f', waiters:{len(self._line)}'
        return _with_state(self, state)

    async def wait(self):
        """Release the lock, wait for a notify, re-acquire; returns True."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            await _park(self, self._line)
            return True
        finally:
            # The lock must be held again on the way out, even when
            # cancelled; a cancellation during re-acquisition is re-raised.
            interrupted = None
            while True:
                try:
                    await self.acquire()
                    break
                except exceptions.CancelledError as exc:
                    interrupted = exc
            if interrupted is not None:
                raise interrupted

    async def wait_for(self, predicate):
        """Wait until predicate() is true; return its value."""
        outcome = predicate()
        while not outcome:
            await self.wait()
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        """Wake up to *n* waiters."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._line:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._line))


class Semaphore(_ContextManagerMixin, _LoopBound):
    """A counter: acquire() decrements (blocking at zero), release()
    increments.  Waiters are served in FIFO order."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._line = None
        self._slots = value

    def __repr__(self):
        state = 'locked' if self.locked() else f'unlocked, value:{self._slots}'
        if self._line:
            state += f', waiters:{len(self._line)}'
        return _with_state(self, state)

    def locked(self):
        """True when acquire() would have to wait."""
        if self._slots == 0:
            return True
        return any(not w.cancelled() for w in (self._line or ()))

    async def acquire(self):
        if not self.locked():
            self._slots -= 1
            return True
        if self._line is None:
            self._line = collections.deque()
        fut = self._get_loop().create_future()
        self._line.append(fut)
        try:
            try:
                await fut
            finally:
                self._line.remove(fut)
        except exceptions.CancelledError:
            if fut.done() and not fut.cancelled():
                # A slot was granted to us but we are leaving: give it back.
                self._slots += 1
            raise
        finally:
            # Let in as many later arrivals as there are free slots.
            while self._slots > 0 and self._grant_next():
                pass
        return True

    def release(self):
        self._slots += 1
        self._grant_next()

    def _grant_next(self):
        for fut in self._line or ():
            if not fut.done():
                self._slots -= 1
                fut.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    """Semaphore whose value may not be raised above its initial value."""

    def __init__(self, value=1):
        self._ceiling = value
        super().__init__(value)

    def release(self):
        if self._slots >= self._ceiling:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class _BMode(enum.Enum):
    FILLING = 'filling'
    DRAINING = 'draining'
    RESETTING = 'resetting'
    BROKEN = 'broken'


class Barrier(_LoopBound):
    """Blocks tasks until *parties* of them are waiting, then lets
    them all through."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._guard = Condition()
        self._size = parties
        self._mode = _BMode.FILLING
        self._arrived = 0

    def __repr__(self):
        state = self._mode.value
        if not self.broken:
            state += f', waiters:{self.n_waiting}/{self.parties}'
        return _with_state(self, state)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait for the barrier; returns this party's arrival index."""
        async with self._guard:
            await self._wait_while_emptying()
            try:
                index = self._arrived
                self._arrived += 1
                if index + 1 == self._size:
                    self._mode = _BMode.DRAINING
                    self._guard.notify_all()
                else:
                    await self._guard.wait_for(
                        lambda: self._mode is not _BMode.FILLING)
                    if self._mode in (_BMode.BROKEN,
                                       _BMode.RESETTING):
                        raise exceptions.BrokenBarrierError(
                            'Abort or reset of barrier')
                return index
            finally:
                self._arrived -= 1
                self._leave()

    async def _wait_while_emptying(self):
        await self._guard.wait_for(lambda: self._mode not in (
            _BMode.DRAINING, _BMode.RESETTING))
        if self._mode is _BMode.BROKEN:
            raise exceptions.BrokenBarrierError('Barrier aborted')

    def _leave(self):
        if self._arrived == 0:
            if self._mode in (_BMode.RESETTING,
                               _BMode.DRAINING):
                self._mode = _BMode.FILLING
            self._guard.notify_all()

    async def reset(self):
        """Return to the empty state; current waiters get
        BrokenBarrierError."""
        async with self._guard:
            if self._arrived > 0:
                if self._mode is not _BMode.RESETTING:
                    self._mode = _BMode.RESETTING
            else:
                self._mode = _BMode.FILLING
            self._guard.notify_all()

    async def abort(self):
        """Break the barrier: all current and future waits fail."""
        async with self._guard:
            self._mode = _BMode.BROKEN
            self._guard.notify_all()

    @property
    def parties(self):
        return self._size

    @property
    def n_waiting(self):
        if self._mode is _BMode.FILLING:
            return self._arrived
        return 0

    @property
    def broken(self):
        return self._mode is _BMode.BROKEN
