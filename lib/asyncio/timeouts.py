"""asyncio.timeout() / timeout_at() context managers."""

__all__ = ('Timeout', 'timeout', 'timeout_at')

import enum

from . import events
from . import exceptions


class _Phase(enum.Enum):
    NEW = 'created'
    ACTIVE = 'active'
    FIRING = 'expiring'
    FIRED = 'expired'
    OVER = 'finished'


class Timeout:
    """Cancels the enclosing task at a deadline and turns that
    cancellation into TimeoutError on exit.  Create it through
    timeout() or timeout_at()."""

    def __init__(self, when):
        self._phase = _Phase.NEW
        self._alarm = None
        self._victim = None
        self._deadline = when
        self._base_count = 0

    def when(self):
        """The deadline (loop time), or None when unbounded."""
        return self._deadline

    def reschedule(self, when):
        """Move the deadline; None removes it."""
        phase = self._phase
        if phase is _Phase.NEW:
            raise RuntimeError('Timeout has not been entered')
        if phase is not _Phase.ACTIVE:
            raise RuntimeError(f'Cannot change state of {phase.value} Timeout')
        self._deadline = when
        self._disarm()
        if when is None:
            return
        ev_loop = events.get_running_loop()
        if ev_loop.time() >= when:
            self._alarm = ev_loop.call_soon(self._ring)
        else:
            self._alarm = ev_loop.call_at(when, self._ring)

    def _disarm(self):
        alarm, self._alarm = self._alarm, None
        if alarm is not None:
            alarm.cancel()

    def expired(self):
        """Whether the deadline passed and the task was cancelled for it."""
        return self._phase is _Phase.FIRING or self._phase is _Phase.FIRED

    def __repr__(self):
        text = '<Timeout [%s]' % self._phase.value
        if self._phase is _Phase.ACTIVE:
            shown = self._deadline
            if shown is not None:
                shown = round(shown, 3)
            text += ' when=%s' % (shown,)
        return text + '>'

    async def __aenter__(self):
        if self._phase is not _Phase.NEW:
            raise RuntimeError('Timeout has already been entered')
        from .tasks import current_task
        owner = current_task()
        if owner is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._victim = owner
        self._base_count = owner.cancelling()
        self._phase = _Phase.ACTIVE
        self.reschedule(self._deadline)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        self._disarm()
        if self._phase is _Phase.ACTIVE:
            self._phase = _Phase.OVER
        elif self._phase is _Phase.FIRING:
            self._phase = _Phase.FIRED
            # Only a cancellation we caused becomes a TimeoutError.
            remaining = self._victim.uncancel()
            if exc_type is exceptions.CancelledError and \
                    remaining <= self._base_count:
                raise TimeoutError from exc_val
        return None

    def _ring(self):
        self._victim.cancel()
        self._phase = _Phase.FIRING
        self._alarm = None


def timeout(delay):
    """Timeout context manager expiring *delay* seconds from now
    (None: never)."""
    now = events.get_running_loop().time()
    return Timeout(None if delay is None else now + delay)


def timeout_at(when):
    """Timeout context manager expiring at absolute loop time *when*."""
    return Timeout(when)
