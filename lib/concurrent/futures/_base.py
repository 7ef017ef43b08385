"""Future objects, the Executor base class, wait() and as_completed().

Nothing runs concurrently on Ferrython, so a future that is still pending
when somebody waits for it can never complete during that wait: waiting
without a timeout raises RuntimeError, with a timeout it sleeps and then
reports the timeout exactly as CPython would.
"""

from builtins import TimeoutError
from collections import namedtuple
from types import GenericAlias as _Alias
import logging
import threading
import time

# return_when values accepted by wait().
FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED')

# The states a Future goes through.
PENDING, RUNNING, FINISHED = 'PENDING', 'RUNNING', 'FINISHED'
CANCELLED, CANCELLED_AND_NOTIFIED = 'CANCELLED', 'CANCELLED_AND_NOTIFIED'

_STATE_LABELS = dict(PENDING="pending", RUNNING="running",
                     CANCELLED="cancelled", FINISHED="finished")
_STATE_LABELS[CANCELLED_AND_NOTIFIED] = _STATE_LABELS[CANCELLED]
_CANCEL_STATES = frozenset([CANCELLED, CANCELLED_AND_NOTIFIED])
_SETTLED_STATES = frozenset([FINISHED, CANCELLED_AND_NOTIFIED])
_DONE_STATES = _CANCEL_STATES | {FINISHED}

LOGGER = logging.getLogger(__name__.rpartition(".")[0])


class Error(Exception):
    """Common base of the exceptions this package raises."""


class CancelledError(Error):
    """Raised when the result of a cancelled future is asked for."""


class InvalidStateError(Error):
    """Raised for an operation the future's state does not allow."""


class BrokenExecutor(RuntimeError):
    """An executor failed badly and cannot run anything any more."""


DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures',
                                   ('done', 'not_done'))


def _blocked_forever(what):
    return threading._deadlock(what)


def _settled(fut):
    return fut._state in _SETTLED_STATES


def _safe_callback(fn, fut):
    try:
        fn(fut)
    except Exception:
        LOGGER.exception("exception calling callback for %r", fut)


class Future:
    """The eventual outcome of a call."""

    def __init__(self):
        self._state = PENDING
        self._result = self._exception = None
        self._waiters = []
        self._on_done = []

    __class_getitem__ = classmethod(_Alias)

    def _fire_callbacks(self):
        todo, self._on_done = self._on_done, []
        for fn in todo:
            _safe_callback(fn, self)

    def __repr__(self):
        state = self._state
        text = '<%s at %#x state=%s' % (type(self).__name__, id(self),
                                        _STATE_LABELS[state])
        if state != FINISHED:
            return text + '>'
        if self._exception is None:
            return '%s returned %s>' % (text, type(self._result).__name__)
        return '%s raised %s>' % (text, type(self._exception).__name__)

    def cancel(self):
        """Cancel unless already running or finished; True on success."""
        state = self._state
        if state == RUNNING or state == FINISHED:
            return False
        if state == PENDING:
            self._state = CANCELLED
            self._fire_callbacks()
        return True

    def cancelled(self):
        return self._state in _CANCEL_STATES

    def running(self):
        return RUNNING == self._state

    def done(self):
        return self._state in _DONE_STATES

    def _outcome(self):
        problem = self._exception
        if problem is None:
            return self._result
        try:
            raise problem
        finally:
            problem = None   # avoid a frame <-> traceback reference cycle

    def _settle_or_raise(self, timeout, caller):
        """Raise unless the future is FINISHED (cancelled or timed out)."""
        state = self._state
        if state in _CANCEL_STATES:
            raise CancelledError()
        if state == FINISHED:
            return
        if timeout is None:
            raise _blocked_forever("Future.%s() on a future that has not "
                                   "finished" % caller)
        threading._doze(timeout)
        raise TimeoutError()

    def result(self, timeout=None):
        """Return the call's result, or raise its exception."""
        self._settle_or_raise(timeout, "result")
        return self._outcome()

    def exception(self, timeout=None):
        """Return the exception raised by the call, or None."""
        self._settle_or_raise(timeout, "exception")
        return self._exception

    def add_done_callback(self, fn):
        """Call fn(future) once the future is done (now, if it already is)."""
        if self.done():
            _safe_callback(fn, self)
        else:
            self._on_done.append(fn)

    # Methods meant for Executor implementations and tests.
    def set_running_or_notify_cancel(self):
        state = self._state
        if state == PENDING:
            self._state = RUNNING
            return True
        if state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED
            return False
        LOGGER.critical("Future %s in unexpected state: %s", id(self), state)
        raise RuntimeError('Future in unexpected state')

    def _complete(self, value, problem):
        if self._state in _DONE_STATES:
            raise InvalidStateError('%s: %r' % (self._state, self))
        self._result, self._exception = value, problem
        self._state = FINISHED
        self._fire_callbacks()

    def set_result(self, result):
        self._complete(result, None)

    def set_exception(self, exception):
        self._complete(None, exception)


def _has_failure(futures):
    return any(not f.cancelled() and f._exception is not None
               for f in futures)


def _condition_met(return_when, done, everything):
    if len(done) == len(everything):
        return True   # nothing left to wait for, whatever was asked
    if return_when == FIRST_COMPLETED:
        return len(done) > 0
    if return_when == FIRST_EXCEPTION:
        return _has_failure(done)
    if return_when == ALL_COMPLETED:
        return False
    raise ValueError('Invalid return condition: %r' % return_when)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs; returns DoneAndNotDoneFutures."""
    everything = set(fs)
    finished = set(filter(_settled, everything))
    if not _condition_met(return_when, finished, everything):
        if timeout is None:
            raise _blocked_forever("wait(return_when=%s) on futures that "
                                   "have not finished" % return_when)
        threading._doze(timeout)
        finished = set(filter(_settled, everything))
    return DoneAndNotDoneFutures(finished, everything.difference(finished))


def as_completed(fs, timeout=None):
    """Iterate over the futures of fs as they complete."""
    started = time.monotonic()
    outstanding = list(dict.fromkeys(fs))
    total = len(outstanding)
    while outstanding:
        batch = list(filter(_settled, outstanding))
        if batch:
            for fut in batch:
                outstanding.remove(fut)
                yield fut
            continue
        if timeout is None:
            raise _blocked_forever("as_completed() on futures that have "
                                   "not finished")
        threading._doze(started + timeout - time.monotonic())
        outstanding = [f for f in outstanding if not _settled(f)]
        if outstanding:
            raise TimeoutError('%d (of %d) futures unfinished'
                               % (len(outstanding), total))


def _take_result(fut, remaining):
    try:
        return fut.result(remaining)
    finally:
        fut.cancel()


class Executor:
    """Base class for executors."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); returns a Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls go through submit()."""
        if timeout is not None:
            timeout += time.monotonic()   # from now on: the deadline
        queued = [self.submit(fn, *call_args)
                  for call_args in zip(*iterables)]
        queued.reverse()

        def in_order():
            try:
                while queued:
                    fut = queued.pop()
                    left = None
                    if timeout is not None:
                        left = timeout - time.monotonic()
                    yield _take_result(fut, left)
            finally:
                for leftover in queued:
                    leftover.cancel()
        return in_order()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Release the executor's resources."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
