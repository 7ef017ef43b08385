"""Helpers to recognise coroutines and coroutine functions."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

_CO_COROUTINE = 0x80

# Marker that lets objects (e.g. mocks) claim to be coroutine functions.
_is_coroutine = object()


async def _sample():
    pass


_sample_coro = _sample()
CoroutineType = type(_sample_coro)
_sample_coro.close()
del _sample_coro, _sample


def _unwrap(func):
    while True:
        if hasattr(func, '__func__') and hasattr(func, '__self__'):
            func = func.__func__
            continue
        inner = getattr(func, 'func', None)
        if inner is not None and hasattr(func, 'args') and hasattr(func, 'keywords'):
            func = inner          # functools.partial
            continue
        return func


def iscoroutinefunction(func):
    """Return True if func is a function defined with ``async def``."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    func = _unwrap(func)
    if getattr(func, '_is_coroutine_marker', None) is not None:
        return True
    code = getattr(func, '__code__', None)
    if code is None:
        return False
    return bool(getattr(code, 'co_flags', 0) & _CO_COROUTINE)


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    tp = type(obj)
    if tp is CoroutineType:
        return True
    # Duck typing, like collections.abc.Coroutine's subclass hook.
    for name in ('__await__', 'send', 'throw', 'close'):
        if getattr(tp, name, None) is None:
            return False
    return True
