"""The builtins aiter() and anext(), written in Python; the VM installs them in builtins the
first time either name is looked up."""

_MISSING = object()


def aiter(async_iterable, /):
    """The asynchronous iterator of an asynchronous iterable."""
    cls = type(async_iterable)
    if not hasattr(cls, '__aiter__'):
        raise TypeError(f"'{cls.__name__}' object is not an async iterable")
    it = cls.__aiter__(async_iterable)
    if not hasattr(type(it), '__anext__'):
        raise TypeError(
            f"aiter() returned not an async iterator of type '{type(it).__name__}'")
    return it


async def _next_or_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default


def anext(async_iterator, default=_MISSING, /):
    """An awaitable for the next item of an asynchronous iterator; with a default, the
    awaitable gives the default instead of raising StopAsyncIteration at the end."""
    cls = type(async_iterator)
    if not hasattr(cls, '__anext__'):
        raise TypeError(f"'{cls.__name__}' object is not an async iterator")
    awaitable = cls.__anext__(async_iterator)
    if default is _MISSING:
        return awaitable
    return _next_or_default(awaitable, default)
