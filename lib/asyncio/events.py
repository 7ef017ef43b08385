"""Callback handles, loop policies and the running-loop registry."""

__all__ = (
    'AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer',
    'Handle', 'TimerHandle', 'DefaultEventLoopPolicy',
    'get_event_loop_policy', 'set_event_loop_policy',
    'get_event_loop', 'set_event_loop', 'new_event_loop',
    'get_running_loop', '_get_running_loop', '_set_running_loop',
)

import contextvars
import functools
import inspect
import operator
import reprlib


# ---------------------------------------------------------------------------
# Text helpers used for reprs and error messages.

def _arg_text(args, kwargs=None):
    parts = [reprlib.repr(a) for a in (args or ())]
    if kwargs:
        parts.extend(f'{key}={reprlib.repr(val)}' for key, val in kwargs.items())
    return '(' + ', '.join(parts) + ')'


# Ferrython's functools may lack partialmethod.
_PARTIAL_TYPES = tuple(t for t in (getattr(functools, 'partial', None),
                                   getattr(functools, 'partialmethod', None))
                       if isinstance(t, type))


def _where_defined(func):
    """(filename, first line) of a Python function, or None."""
    target = inspect.unwrap(func)
    if isinstance(target, _PARTIAL_TYPES):
        return _where_defined(target.func)
    if not inspect.isfunction(target):
        return None
    co = target.__code__
    return co.co_filename, co.co_firstlineno


def _callback_text(func, args, kwargs=None, tail=''):
    if type(func) is functools.partial or isinstance(func, functools.partial):
        tail = _arg_text(args, kwargs) + tail
        return _callback_text(func.func, func.args, func.keywords, tail)
    label = (getattr(func, '__qualname__', None)
             or getattr(func, '__name__', None) or repr(func))
    return label + _arg_text(args, kwargs) + tail


def _callback_with_source(func, args):
    text = _callback_text(func, args)
    place = _where_defined(func)
    if place is not None:
        text += ' at %s:%s' % place
    return text


# ---------------------------------------------------------------------------
# Handles

class Handle:
    """A callback registered with a loop; can be cancelled before it runs."""

    __slots__ = ('_fn', '_fn_args', '_off', '_loop', '_context',
                 '_frozen_repr', '_source_traceback', '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._fn = callback
        self._fn_args = args
        # A callback runs in (a copy of) the context it was scheduled from.
        self._context = contextvars.copy_context() if context is None else context
        self._off = False
        self._frozen_repr = None
        self._source_traceback = None

    def _describe_parts(self):
        bits = [type(self).__name__]
        if self._off:
            bits.append('cancelled')
        if self._fn is not None:
            bits.append(_callback_with_source(self._fn, self._fn_args))
        return bits

    def __repr__(self):
        if self._frozen_repr is not None:
            return self._frozen_repr
        return '<' + ' '.join(self._describe_parts()) + '>'

    def get_context(self):
        return self._context

    def cancel(self):
        if self._off:
            return
        self._off = True
        if self._loop.get_debug():
            self._frozen_repr = repr(self)
        self._fn = None
        self._fn_args = None

    def cancelled(self):
        return self._off

    def _run(self):
        fn, args = self._fn, self._fn_args
        try:
            if self._context is not None:
                self._context.run(fn, *args)
            else:
                fn(*args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as err:
            desc = _callback_with_source(fn, args)
            self._loop.call_exception_handler({
                'message': f'Exception in callback {desc}',
                'exception': err,
                'handle': self,
            })


def _by_due(a, b, compare):
    if not isinstance(b, TimerHandle):
        return NotImplemented
    return compare(a._due, b._due)


class TimerHandle(Handle):
    """A Handle due at a given loop time (see ``when()``)."""

    __slots__ = ('_in_heap', '_due')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._due = when
        self._in_heap = False

    def _describe_parts(self):
        bits = super()._describe_parts()
        bits.insert(2 if self._off else 1, f'when={self._due}')
        return bits

    def __hash__(self):
        return hash(self._due)

    # Ordering looks at the deadline only; the heap relies on __lt__.
    def __lt__(self, other):
        return _by_due(self, other, operator.lt)

    def __le__(self, other):
        return _by_due(self, other, operator.le)

    def __gt__(self, other):
        return _by_due(self, other, operator.gt)

    def __ge__(self, other):
        return _by_due(self, other, operator.ge)

    def __eq__(self, other):
        if type(other) is not TimerHandle and not isinstance(other, TimerHandle):
            return NotImplemented
        return (self._due, self._fn, self._fn_args, self._off) == \
            (other._due, other._fn, other._fn_args, other._off)

    def cancel(self):
        if not self._off:
            self._loop._note_timer_off(self)
        super().cancel()

    def when(self):
        """Loop time at which the callback is due."""
        return self._due


class AbstractServer:
    """Interface of servers; this implementation has no networking."""

    def close(self):
        raise NotImplementedError

    def get_loop(self):
        raise NotImplementedError

    def is_serving(self):
        raise NotImplementedError

    async def start_serving(self):
        raise NotImplementedError

    async def serve_forever(self):
        raise NotImplementedError

    async def wait_closed(self):
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class AbstractEventLoop:
    """Marker base class for event loops."""


# ---------------------------------------------------------------------------
# Policies and the per-process current/running loop.

class AbstractEventLoopPolicy:
    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """Keeps one current loop (there are no threads here)."""

    def __init__(self):
        self._current = None
        self._explicitly_set = False

    def get_event_loop(self):
        if self._current is None and not self._explicitly_set:
            fresh = self.new_event_loop()
            self.set_event_loop(fresh)
        if self._current is None:
            raise RuntimeError("There is no current event loop in thread "
                               "'MainThread'.")
        return self._current

    def set_event_loop(self, loop):
        self._explicitly_set = True
        if not (loop is None or isinstance(loop, AbstractEventLoop)):
            raise TypeError(f"loop must be an instance of AbstractEventLoop "
                            f"or None, not '{type(loop).__name__}'")
        self._current = loop

    def new_event_loop(self):
        from .base_events import EventLoop
        return EventLoop()


_policy = None
_running_loop = None


def _get_running_loop():
    """The running loop, or None (no error)."""
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    """Return the running event loop; RuntimeError if there is none."""
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    if not (policy is None or isinstance(policy, AbstractEventLoopPolicy)):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy "
                        f"or None, not '{type(policy).__name__}'")
    _policy = policy


def get_event_loop():
    """The running loop if any, else the policy's current loop."""
    loop = _running_loop
    if loop is not None:
        return loop
    policy = get_event_loop_policy()
    return policy.get_event_loop()


def set_event_loop(loop):
    policy = get_event_loop_policy()
    policy.set_event_loop(loop)


def new_event_loop():
    policy = get_event_loop_policy()
    return policy.new_event_loop()
