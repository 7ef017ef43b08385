"""The Future class: a placeholder for a result produced later."""

__all__ = ('Future', 'wrap_future', 'isfuture')

import reprlib

from . import events
from . import exceptions

# State names; also what the state attribute holds.
_WAITING = 'PENDING'
_ABORTED = 'CANCELLED'
_DONE = 'FINISHED'


def isfuture(obj):
    """True for asyncio.Future instances and duck-typed look-alikes."""
    return (hasattr(type(obj), '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


def _callbacks_text(callbacks):
    def one(entry):
        return events._callback_with_source(entry[0], ())
    count = len(callbacks)
    if count == 0:
        return None
    if count <= 2:
        shown = [one(c) for c in callbacks]
    else:
        shown = [one(callbacks[0]), f'<{count - 2} more>', one(callbacks[-1])]
    return 'cb=[' + ', '.join(shown) + ']'


class Future:
    """A result that is not available yet.

    Callbacks registered with add_done_callback() are scheduled on the
    loop (never called directly) once the future is done.
    """

    _phase = _WAITING
    _value = None
    _error = None
    _loop = None
    _source_traceback = None
    _cancel_msg = None
    _stored_cancel = None
    # Set to True by __await__ right before the future is yielded to a Task;
    # also marks the class as future-like for isfuture().
    _asyncio_future_blocking = False
    _unretrieved = False

    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._listeners = []

    def __class_getitem__(cls, item):
        return cls

    # -- introspection -------------------------------------------------
    def _repr_info(self):
        info = [self._phase.lower()]
        if self._phase == _DONE:
            if self._error is not None:
                info.append(f'exception={self._error!r}')
            else:
                info.append(f'result={reprlib.repr(self._value)}')
        cbs = _callbacks_text(self._listeners)
        if cbs:
            info.append(cbs)
        return info

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, ' '.join(self._repr_info()))

    @property
    def _log_traceback(self):
        return self._unretrieved

    @_log_traceback.setter
    def _log_traceback(self, value):
        if value:
            raise ValueError('_log_traceback can only be set to False')
        self._unretrieved = False

    def get_loop(self):
        """The event loop this future is bound to."""
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    # -- state queries ---------------------------------------------------
    def done(self):
        return self._phase != _WAITING

    def cancelled(self):
        return self._phase == _ABORTED

    def _make_cancelled_error(self):
        # A stored CancelledError (from a Task's coroutine) is handed out once.
        stored = self._stored_cancel
        if stored is not None:
            self._stored_cancel = None
            return stored
        if self._cancel_msg is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_msg)

    def result(self):
        if self._phase == _ABORTED:
            raise self._make_cancelled_error()
        if self._phase != _DONE:
            raise exceptions.InvalidStateError('Result is not set.')
        self._unretrieved = False
        if self._error is not None:
            raise self._error
        return self._value

    def exception(self):
        if self._phase == _ABORTED:
            raise self._make_cancelled_error()
        if self._phase != _DONE:
            raise exceptions.InvalidStateError('Exception is not set.')
        self._unretrieved = False
        return self._error

    # -- completion ------------------------------------------------------
    def _fire_callbacks(self):
        pending, self._listeners = self._listeners, []
        for fn, ctx in pending:
            self._loop.call_soon(fn, self, context=ctx)

    def cancel(self, msg=None):
        if self._phase != _WAITING:
            return False
        self._unretrieved = False
        self._phase = _ABORTED
        self._cancel_msg = msg
        self._fire_callbacks()
        return True

    def set_result(self, result):
        if self._phase != _WAITING:
            raise exceptions.InvalidStateError('invalid state')
        self._value = result
        self._phase = _DONE
        self._fire_callbacks()

    def set_exception(self, exception):
        if self._phase != _WAITING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._error = exception
        self._phase = _DONE
        self._fire_callbacks()
        self._unretrieved = True

    # -- callbacks -------------------------------------------------------
    def add_done_callback(self, fn, *, context=None):
        """Arrange for fn(future) to be scheduled once the future is done."""
        if self._phase != _WAITING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._listeners.append((fn, context))

    def remove_done_callback(self, fn):
        """Drop every registration of fn; return how many were dropped."""
        kept = [entry for entry in self._listeners if entry[0] != fn]
        dropped = len(self._listeners) - len(kept)
        if dropped:
            self._listeners[:] = kept
        return dropped

    # -- awaiting --------------------------------------------------------
    def __await__(self):
        if self._phase == _WAITING:
            self._asyncio_future_blocking = True
            yield self
        if self._phase == _WAITING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


_PyFuture = Future


def _get_loop(fut):
    getter = getattr(fut, 'get_loop', None)
    if getter is not None:
        return getter()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def wrap_future(future, *, loop=None):
    """Return an asyncio Future for *future*.

    Only asyncio futures are accepted: there is no concurrent.futures
    (thread) support in this implementation.
    """
    if isfuture(future):
        return future
    raise NotImplementedError(
        'wrap_future() of concurrent.futures.Future objects is not supported '
        '(no thread support)')
