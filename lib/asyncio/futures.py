"""The Future class: a result that will be available later."""

__all__ = ('Future', 'wrap_future', 'isfuture')

try:
    import contextvars as _contextvars
except ImportError:         # the interpreter has no context variables yet
    _contextvars = None

from . import events
from . import exceptions
from . import format_helpers

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for asyncio.Future instances and compatible objects."""
    return (hasattr(type(obj), '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


def _same_callback(a, b):
    if a is b:
        return True
    self_a = getattr(a, '__self__', None)
    if self_a is not None and self_a is getattr(b, '__self__', None):
        func_a = getattr(a, '__func__', None)
        if func_a is not None and func_a is getattr(b, '__func__', None):
            return True
    try:
        return bool(a == b)
    except Exception:
        return False


def _format_callbacks(callbacks):
    size = len(callbacks)
    if size == 0:
        text = ''
    else:
        fmt = lambda entry: format_helpers.format_callback_source(entry[0], ())
        if size == 1:
            text = fmt(callbacks[0])
        elif size == 2:
            text = '%s, %s' % (fmt(callbacks[0]), fmt(callbacks[1]))
        else:
            text = '%s, <%d more>, %s' % (fmt(callbacks[0]), size - 2,
                                          fmt(callbacks[-1]))
    return 'cb=[%s]' % text


class Future:
    """A placeholder for a result produced later, usable with ``await``."""

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    # True while a coroutine awaiting this future is suspended on it; the
    # attribute also marks the class as future-like (see isfuture()).
    _asyncio_future_blocking = False
    _log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            loop = events.get_event_loop()
        self._loop = loop
        self._callbacks = []

    def __class_getitem__(cls, item):
        return cls

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append('exception=%r' % (self._exception,))
            else:
                info.append('result=%s' % format_helpers.short_repr(self._result))
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, ' '.join(self._repr_info()))

    def __del__(self):
        if not self._log_traceback:
            return
        try:
            self._loop.call_exception_handler({
                'message': '%s exception was never retrieved'
                           % type(self).__name__,
                'exception': self._exception,
                'future': self,
            })
        except Exception:
            pass

    def get_loop(self):
        """The event loop the future is bound to."""
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        """Cancel the future; return False if it was already done."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, ctx in callbacks:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        """The result; raises the stored exception or CancelledError."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        """The stored exception (or None); raises if cancelled or pending."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) soon after the future is done."""
        if context is None and _contextvars is not None:
            context = _contextvars.copy_context()
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Remove every registration of fn; return how many were removed."""
        kept = [entry for entry in self._callbacks
                if not _same_callback(entry[0], fn)]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('%s: %r' % (self._state, self))
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('%s: %r' % (self._state, self))
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def wrap_future(future, *, loop=None):
    """Only asyncio futures exist here; they are returned unchanged."""
    if isfuture(future):
        return future
    raise TypeError('concurrent.futures are not supported: %r' % (future,))
