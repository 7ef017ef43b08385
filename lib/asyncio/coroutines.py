"""Predicates for coroutine objects and coroutine functions."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import inspect
import types

# Marker that legacy decorators may attach to a function.
_is_coroutine = object()

_CORO_METHODS = ('send', 'throw', 'close', '__await__')
_known_coro_types = {types.CoroutineType: True}


def iscoroutinefunction(func):
    """True when calling *func* yields a coroutine object."""
    if inspect.iscoroutinefunction(func):
        return True
    return getattr(func, '_is_coroutine', None) is _is_coroutine


def iscoroutine(obj):
    """True for native coroutines and objects implementing the protocol."""
    kind = type(obj)
    verdict = _known_coro_types.get(kind)
    if verdict is None:
        verdict = all(hasattr(kind, name) for name in _CORO_METHODS)
        if len(_known_coro_types) < 100:
            _known_coro_types[kind] = verdict
    return verdict
