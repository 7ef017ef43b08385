"""Tools that act on or return functions: reduce, partial, wraps, lru_cache,
total_ordering, cmp_to_key, cached_property and singledispatch."""

from collections import namedtuple

_MISSING = object()


def reduce(function, iterable, initial=_MISSING, /):
    """Fold the items of iterable from the left with a two-argument function,
    starting from initial when given, otherwise from the first item."""
    it = iter(iterable)
    if initial is _MISSING:
        try:
            acc = next(it)
        except StopIteration:
            raise TypeError(
                'reduce() of empty iterable with no initial value'
            ) from None
    else:
        acc = initial
    for item in it:
        acc = function(acc, item)
    return acc


class partial:
    """A callable that remembers a function together with some leading
    positional arguments and some keyword arguments for it."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            # Flatten partial(partial(f, a), b) into partial(f, a, b).
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend([repr(a) for a in self.args])
        parts.extend([f'{k}={v!r}' for k, v in self.keywords.items()])
        if type(self) is partial:
            name = 'functools.partial'
        else:
            name = type(self).__name__
        return f"{name}({', '.join(parts)})"


WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in assigned,
    merge the dicts named in updated, and set wrapper.__wrapped__."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last so that a __wrapped__ copied from wrapped.__dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper: @wraps(f) applied to a wrapper."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# Caching

CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])

_KWD_MARK = object()


def _cache_key(args, kwds, typed):
    if not kwds and not typed and len(args) == 1:
        # A lone int or str argument serves as the key itself.  (One
        # visible effect: f(1) and f(1.0) get separate entries.)
        arg = args[0]
        if type(arg) is int or type(arg) is str:
            return arg
    key = args
    if kwds:
        key = key + (_KWD_MARK,)
        for item in kwds.items():
            key = key + item
    if typed:
        key = key + tuple([type(a) for a in args])
        if kwds:
            key = key + tuple([type(v) for v in kwds.values()])
    return key


def _make_cached(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]  # hits, misses

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _cache_key(args, kwds, typed)
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        # The dict's insertion order doubles as the recency order: a hit is
        # moved to the end, and the first key is the least recently used.
        def wrapper(*args, **kwds):
            key = _cache_key(args, kwds, typed)
            result = cache.pop(key, _MISSING)
            if result is not _MISSING:
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key not in cache:
                # (A recursive call may already have stored this key.)
                while len(cache) >= maxsize:
                    del cache[next(iter(cache))]
            cache[key] = result
            return result

    def cache_info():
        """Report hits, misses, maxsize and current size of the cache."""
        return CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Empty the cache and reset its statistics."""
        cache.clear()
        stats[0] = stats[1] = 0

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    update_wrapper(wrapper, user_function)
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return wrapper


def lru_cache(maxsize=128, typed=False):
    """Memoize a function, keeping at most maxsize results (None: no limit)
    and evicting the least recently used one first.

    Usable both as @lru_cache and as @lru_cache(maxsize=...)."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used directly as @lru_cache.
        return _make_cached(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError(
            'Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _make_cached(user_function, maxsize, typed)

    return decorating_function


def cache(user_function, /):
    """An unbounded cache; the same as lru_cache(maxsize=None)."""
    return _make_cached(user_function, None, False)


# Ordering helpers

class KeyWrapper:
    """What cmp_to_key returns: called with an object, it wraps the object
    in a new KeyWrapper whose comparisons consult the cmp function."""

    __slots__ = ('cmp', 'obj')

    def __init__(self, cmp, obj=_MISSING):
        self.cmp = cmp
        if obj is not _MISSING:
            self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self.cmp, obj)

    def __lt__(self, other):
        return self.cmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        return self.cmp(self.obj, other.obj) > 0

    def __eq__(self, other):
        return self.cmp(self.obj, other.obj) == 0

    def __le__(self, other):
        return self.cmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        return self.cmp(self.obj, other.obj) >= 0

    def __hash__(self):
        raise TypeError("unhashable type: 'functools.KeyWrapper'")


def cmp_to_key(mycmp):
    """Turn an old-style comparison function (returning a negative number,
    zero or a positive number) into a key= function."""
    return KeyWrapper(mycmp)


# For each root comparison, how to derive the other three from it and ==.
# Each helper calls the root and passes NotImplemented through unchanged.

def _derive(root, combine):
    def derived(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        return combine(self, other, result)
    return derived


_DERIVATIONS = {
    '__lt__': {
        '__gt__': lambda a, b, r: not r and a != b,
        '__le__': lambda a, b, r: r or a == b,
        '__ge__': lambda a, b, r: not r,
    },
    '__le__': {
        '__ge__': lambda a, b, r: not r or a == b,
        '__lt__': lambda a, b, r: r and a != b,
        '__gt__': lambda a, b, r: not r,
    },
    '__gt__': {
        '__lt__': lambda a, b, r: not r and a != b,
        '__ge__': lambda a, b, r: r or a == b,
        '__le__': lambda a, b, r: not r,
    },
    '__ge__': {
        '__le__': lambda a, b, r: not r or a == b,
        '__gt__': lambda a, b, r: r and a != b,
        '__lt__': lambda a, b, r: not r,
    },
}


def total_ordering(cls):
    """Class decorator: given one of __lt__, __le__, __gt__ or __ge__
    (and __eq__), supply the missing rich comparisons."""
    defined = []
    for op in ('__lt__', '__le__', '__gt__', '__ge__'):
        if getattr(cls, op, None) is not getattr(object, op, None):
            defined.append(op)
    if not defined:
        raise ValueError(
            'must define at least one ordering operation: < > <= >=')
    root = defined[0]
    for op, combine in _DERIVATIONS[root].items():
        if op not in defined:
            method = _derive(root, combine)
            method.__name__ = op
            setattr(cls, op, method)
    return cls


# cached_property

class cached_property:
    """A property computed once per instance and then stored in the
    instance's __dict__, where later lookups find it directly."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = getattr(func, '__module__', None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different '
                f'names ({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without '
                            'calling __set_name__ on it.')
        try:
            storage = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f'instance to cache {self.attrname!r} property.') from None
        value = storage.get(self.attrname, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            storage[self.attrname] = value
        return value


# singledispatch

def _first_annotation(func):
    annotations = getattr(func, '__annotations__', None) or {}
    for name, value in annotations.items():
        if name != 'return':
            return value
    raise TypeError(
        f'Invalid first argument to `register()`: {func!r}. '
        'Use either `@register(some_class)` or plain `@register` '
        'on an annotated function.')


def singledispatch(func):
    """Turn func into a generic function that picks an implementation by
    the type of its first argument; add implementations with .register."""
    registry = {object: func}
    dispatch_cache = {}

    def dispatch(cls):
        """Return the implementation registered for cls (or its nearest
        base class)."""
        impl = dispatch_cache.get(cls)
        if impl is not None:
            return impl
        mro = getattr(cls, '__mro__', (cls, object))
        impl = None
        for base in mro:
            if base is not object and base in registry:
                impl = registry[base]
                break
        if impl is None:
            # Classes registered as virtual bases (ABCs) come before object.
            for base in registry:
                if base is object or base in mro:
                    continue
                try:
                    if issubclass(cls, base):
                        impl = registry[base]
                        break
                except TypeError:
                    pass
        if impl is None:
            impl = registry[object]
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Register func as the implementation for cls; usable as
        @register(cls), or as @register on a function whose first
        parameter is annotated with the class."""
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            func = cls
            cls = _first_annotation(func)
            if not isinstance(cls, type):
                raise TypeError(
                    f'Invalid annotation for {func.__name__!r}. '
                    f'{cls!r} is not a class.')
        registry[cls] = func
        dispatch_cache.clear()
        return func

    funcname = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least '
                            '1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper
