"""Higher-order functions and operations on callables (clean-room implementation)."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from abc import get_cache_token
from collections import namedtuple
from reprlib import recursive_repr
from types import GenericAlias, MappingProxyType


_generic_hook = classmethod(GenericAlias)


def _abstract_flag(func):
    return bool(getattr(func, '__isabstractmethod__', False))


# ---------------------------------------------------------------- wrapping

WRAPPER_ASSIGNMENTS = tuple('__%s__' % n for n in
                            'module name qualname doc annotations type_params'.split())
WRAPPER_UPDATES = tuple(['__dict__'])


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Copy metadata from *wrapped* onto *wrapper* and return *wrapper*."""
    missing = object()
    for attr in assigned:
        found = getattr(wrapped, attr, missing)
        if found is not missing:
            setattr(wrapper, attr, found)
    for attr in updated:
        target = getattr(wrapper, attr)
        target.update(getattr(wrapped, attr, {}))
    # set last so a __wrapped__ copied through __dict__ is replaced
    setattr(wrapper, '__wrapped__', wrapped)
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory applying update_wrapper() to the decorated function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---------------------------------------------------------------- total_ordering

def _derive(root, root_name, name):
    # Build comparison *name* out of the user-defined *root* comparison.
    def via_lt(self, other):
        res = root(self, other)
        if res is NotImplemented:
            return res
        if name == '__gt__':
            return not res and self != other
        if name == '__le__':
            return res or self == other
        return not res                                    # __ge__

    def via_le(self, other):
        res = root(self, other)
        if res is NotImplemented:
            return res
        if name == '__ge__':
            return not res or self == other
        if name == '__lt__':
            return res and self != other
        return not res                                    # __gt__

    def via_gt(self, other):
        res = root(self, other)
        if res is NotImplemented:
            return res
        if name == '__lt__':
            return not res and self != other
        if name == '__ge__':
            return res or self == other
        return not res                                    # __le__

    def via_ge(self, other):
        res = root(self, other)
        if res is NotImplemented:
            return res
        if name == '__le__':
            return not res or self == other
        if name == '__gt__':
            return res and self != other
        return not res                                    # __lt__

    chosen = {'__lt__': via_lt, '__le__': via_le,
              '__gt__': via_gt, '__ge__': via_ge}[root_name]
    chosen.__name__ = name
    chosen.__qualname__ = name
    return chosen


_ORDER_OPS = ('__lt__', '__le__', '__gt__', '__ge__')


def total_ordering(cls):
    """Class decorator filling in missing rich comparison methods."""
    defined = [op for op in _ORDER_OPS
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root_name = defined[0]
    root = getattr(cls, root_name)
    for op in _ORDER_OPS:
        if op in defined:
            continue
        setattr(cls, op, _derive(root, root_name, op))
    return cls


# ---------------------------------------------------------------- cmp_to_key

def cmp_to_key(mycmp):
    """Turn an old-style comparison function into a key function."""
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def _sign(self, other):
            return mycmp(self.obj, other.obj)

        def __lt__(self, other):
            return self._sign(other) < 0

        def __gt__(self, other):
            return self._sign(other) > 0

        def __eq__(self, other):
            return self._sign(other) == 0

        def __le__(self, other):
            return self._sign(other) <= 0

        def __ge__(self, other):
            return self._sign(other) >= 0

        __hash__ = None
    return K


# ---------------------------------------------------------------- reduce

_no_start = object()


def reduce(function, sequence, initial=_no_start):
    """reduce(function, iterable[, initial]) -> value

    Fold the items of *iterable* from left to right with a two-argument
    *function*, optionally starting from *initial*.
    """
    items = iter(sequence)
    if initial is _no_start:
        for acc in items:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        acc = initial
    for item in items:
        acc = function(acc, item)
    return acc


# ---------------------------------------------------------------- partial

class partial:
    """New function with partial application of the given arguments and keywords."""
    __tp_name__ = 'functools.partial'   # the C type's name CPython shows in messages

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial) and type(func).__call__ is partial.__call__:
            args = (*func.args, *args)
            keywords = dict(func.keywords, **keywords)
            func = func.func
        obj = super().__new__(cls)
        obj.func = func
        obj.args = tuple(args)
        obj.keywords = keywords
        return obj

    def __call__(self, /, *args, **keywords):
        merged = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **merged)

    @recursive_repr()
    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend('%s=%r' % kv for kv in self.keywords.items())
        label = type(self).__qualname__
        if type(self).__module__ == 'functools':
            label = 'functools.' + label
        return '%s(%s)' % (label, ', '.join(parts))

    def __reduce__(self):
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords or None, self.__dict__ or None))

    def __setstate__(self, state):
        if type(state) is not tuple and not isinstance(state, tuple):
            raise TypeError('argument to __setstate__ must be a tuple')
        if len(state) != 4:
            raise TypeError(f'expected 4 items in state, got {len(state)}')
        func, args, kwds, extra = state
        namespace = extra
        if (not callable(func) or not isinstance(args, tuple)
                or (kwds is not None and not isinstance(kwds, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError('invalid partial state')
        self.func = func
        self.args = tuple(args) if type(args) is not tuple else args
        self.keywords = {} if kwds is None else dict(kwds) if type(kwds) is not dict else kwds
        if namespace:
            self.__dict__.update(namespace)

    __class_getitem__ = _generic_hook


class partialmethod(object):
    """Method descriptor with partially applied arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        if isinstance(func, (partialmethod,)):
            func, args, keywords = func.func, (*func.args, *args), dict(func.keywords, **keywords)
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend('%s=%r' % kv for kv in self.keywords.items())
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__, ', '.join(parts))

    def _unbound(self):
        holder = self

        def _method(cls_or_self, /, *args, **keywords):
            merged = {**holder.keywords, **keywords}
            return holder.func(cls_or_self, *holder.args, *args, **merged)
        _method.__isabstractmethod__ = holder.__isabstractmethod__
        _method._partialmethod = holder
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._unbound().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return _abstract_flag(self.func)

    __class_getitem__ = _generic_hook


def _unwrap_partial(func):
    inner = func
    while isinstance(inner, (partial,)):
        inner = inner.func
    return inner


# ---------------------------------------------------------------- caching

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])


class _Key(list):
    """A list of call arguments with a precomputed hash, used as a cache key."""

    __slots__ = ('hashvalue',)

    def __init__(self, items):
        self[:] = items
        self.hashvalue = hash(tuple(items))

    def __hash__(self):
        return self.hashvalue


_KW_SEPARATOR = object()


def _make_key(args, kwds, typed):
    parts = list(args)
    if kwds:
        parts.append(_KW_SEPARATOR)
        for pair in kwds.items():
            parts.extend(pair)
    if typed:
        parts.extend(type(a) for a in args)
        if kwds:
            parts.extend(type(v) for v in kwds.values())
    elif len(parts) == 1 and type(parts[0]) in (int, str):
        return parts[0]
    return _Key(parts)


def _cached_wrapper(user_function, maxsize, typed):
    store = {}
    counters = [0, 0]          # hits, misses
    absent = object()

    if maxsize == 0:
        def wrapper(*args, **kwds):
            counters[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            found = store.get(key, absent)
            if found is not absent:
                counters[0] += 1
                return found
            counters[1] += 1
            outcome = user_function(*args, **kwds)
            store[key] = outcome
            return outcome

    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            found = store.get(key, absent)
            if found is not absent:
                # refresh recency: move the entry to the newest end
                del store[key]
                store[key] = found
                counters[0] += 1
                return found
            counters[1] += 1
            outcome = user_function(*args, **kwds)
            if key in store:
                # a recursive call already cached this key
                return outcome
            if len(store) >= maxsize:
                del store[next(iter(store))]
            store[key] = outcome
            return outcome

    def cache_info():
        """Report cache statistics."""
        return _CacheInfo(counters[0], counters[1], maxsize, len(store))

    def cache_clear():
        """Clear the cache and cache statistics."""
        store.clear()
        counters[0] = counters[1] = 0

    wrapper.cache_info, wrapper.cache_clear = cache_info, cache_clear
    return wrapper


def lru_cache(maxsize=128, typed=False):
    """Memoizing decorator keeping up to *maxsize* most recent results.

    With maxsize=None the cache grows without bound.  With typed=True,
    arguments of different types are cached separately.
    """
    def decorating_function(target):
        wrapper = _cached_wrapper(target, maxsize, typed)
        settings = {'maxsize': maxsize, 'typed': typed}
        wrapper.cache_parameters = lambda: dict(settings)
        return update_wrapper(wrapper, target)

    if maxsize is None:
        return decorating_function
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
        return decorating_function
    if callable(maxsize) and isinstance(typed, bool):
        target, maxsize = maxsize, 128
        return decorating_function(target)
    raise TypeError('Expected first argument to be an integer, a callable, or None')


def cache(user_function, /):
    'An unbounded cache of results keyed by the call arguments (lru_cache without a size limit).'
    decorate = lru_cache(maxsize=None)
    return decorate(user_function)


_NOT_FOUND = object()


class cached_property:
    """Property computed once per instance and then stored in its __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__, self.__module__ = func.__doc__, func.__module__

    def __set_name__(self, owner, name):
        current = self.attrname
        if current is None:
            self.attrname = name
        elif current != name:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({current!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        slot = self.attrname
        if slot is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            storage = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f'instance to cache {slot!r} property.') from None
        found = storage.get(slot, _NOT_FOUND)
        if found is _NOT_FOUND:
            found = self.func(instance)
            try:
                storage[slot] = found
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} "
                                f'instance does not support item assignment for '
                                f'caching {slot!r} property.') from None
        return found

    __class_getitem__ = _generic_hook


# ---------------------------------------------------------------- singledispatch

def _linearize(cls, candidates):
    """cls.__mro__ with the relevant abstract base classes woven in."""
    order = list(cls.__mro__)
    extra = [t for t in candidates
             if t not in order and isinstance(t, type) and _safe_issubclass(cls, t)]
    # keep only the most specific registration point for each ABC
    for abc_type in extra:
        # place it right after the last class in the MRO that is a subclass
        spot = 0
        for i, klass in enumerate(order):
            if klass is not abc_type and _safe_issubclass(klass, abc_type):
                spot = i + 1
        # more derived ABCs go in front of their own bases
        while spot < len(order) and order[spot] not in cls.__mro__ and \
                _safe_issubclass(order[spot], abc_type):
            spot += 1
        order.insert(spot, abc_type)
    return order


def _safe_issubclass(a, b):
    try:
        return issubclass(a, b)
    except TypeError:
        return False


def _find_impl(cls, registry):
    chain = _linearize(cls, registry.keys())
    best = None
    for t in chain:
        if best is not None:
            if (t in registry and t not in cls.__mro__ and best not in cls.__mro__
                    and not issubclass(best, t)):
                raise RuntimeError('Ambiguous dispatch: {} or {}'.format(best, t))
            break
        if t in registry:
            best = t
    return registry.get(best)


def _is_union(obj):
    from typing import get_origin, Union
    import types
    return get_origin(obj) in (Union, types.UnionType)


def _dispatchable(obj):
    if isinstance(obj, type):
        return True
    from typing import get_args
    return _is_union(obj) and all(isinstance(a, type) for a in get_args(obj))


def singledispatch(func):
    """Turn *func* into a generic function dispatching on its first argument's type."""
    registry = {}
    memo = {}
    token_box = [None]

    def dispatch(cls):
        """Return the implementation registered for *cls* (or its nearest base)."""
        if token_box[0] is not None:
            current = get_cache_token()
            if token_box[0] != current:
                memo.clear()
                token_box[0] = current
        try:
            return memo[cls]
        except KeyError:
            pass
        except TypeError:
            return _find_impl(cls, registry)
        chosen = registry.get(cls)
        if chosen is None:
            chosen = _find_impl(cls, registry)
        memo[cls] = chosen
        return chosen

    def register(cls, func=None):
        """Register *func* for type *cls*; usable as a decorator or with annotations."""
        if _dispatchable(cls):
            if func is None:
                return partial(register, cls)
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. '
                                f'{cls!r} is not a class or union type.')
            ann = getattr(cls, '__annotations__', None) or {}
            if not ann:
                raise TypeError(f'Invalid first argument to `register()`: {cls!r}. '
                                f'Use either `@register(some_class)` or plain `@register` '
                                f'on an annotated function.')
            func = cls
            try:
                from typing import get_type_hints
                hints = get_type_hints(func)
            except Exception:
                hints = dict(ann)
            hints.pop('return', None)
            argname, cls = next(iter(hints.items()))
            if not _dispatchable(cls):
                if _is_union(cls):
                    raise TypeError(f'Invalid annotation for {argname!r}. '
                                    f'{cls!r} not all arguments are classes.')
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        if _is_union(cls):
            from typing import get_args
            for member in get_args(cls):
                registry[member] = func
        else:
            registry[cls] = func
        if token_box[0] is None and hasattr(cls, '__abstractmethods__'):
            token_box[0] = get_cache_token()
        memo.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        impl = dispatch(args[0].__class__)
        return impl(*args, **kw)

    funcname = getattr(func, '__name__', None) or 'singledispatch function'
    registry[object] = func
    for attr, obj in (('register', register), ('dispatch', dispatch),
                      ('registry', MappingProxyType(registry)), ('_clear_cache', memo.clear)):
        setattr(wrapper, attr, obj)
    return update_wrapper(wrapper, func)


class singledispatchmethod:
    """Descriptor version of singledispatch for methods."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.func = func
        self.dispatcher = singledispatch(func)

    def register(self, cls, method=None):
        """Register *method* for *cls* on the underlying dispatcher."""
        hook = self.dispatcher.register
        return hook(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def _method(*args, **kwargs):
            impl = dispatcher.dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = _abstract_flag(self.func)
        _method.register = self.register
        return update_wrapper(_method, self.func)

    @property
    def __isabstractmethod__(self):
        return _abstract_flag(self.func)
