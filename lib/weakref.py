"""Weak references and the containers built on them.

The reference type itself and the reference counting queries come from the
native _weakref module; proxies, WeakMethod, the weak dictionaries, WeakSet
and finalize are written here in Python.
"""

import sys

from _weakref import getweakrefcount, ref
from _weakref import getweakrefs as _native_getweakrefs

from _weakrefset import WeakSet, _IterationGuard

try:
    import _collections_abc
except ImportError:
    import collections.abc as _collections_abc

ReferenceType = ref

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs',
           'WeakKeyDictionary', 'ReferenceType', 'ProxyType',
           'CallableProxyType', 'ProxyTypes', 'WeakValueDictionary',
           'WeakSet', 'WeakMethod', 'finalize']

_DEAD_MESSAGE = 'weakly-referenced object no longer exists'


# ---------------------------------------------------------------------------
# Proxies
# ---------------------------------------------------------------------------

class _ProxyRef(ref):
    """The weak reference a proxy holds to its referent."""

    __slots__ = ('proxy_ref', 'user_callback')

    def __new__(cls, obj, callback=None):
        return ref.__new__(cls, obj, callback)

    def __init__(self, obj, callback=None):
        super().__init__(obj, callback)


_get_slot = object.__getattribute__
_set_slot = object.__setattr__


def _referent(p):
    """The object behind proxy p; ReferenceError if it has died."""
    obj = _get_slot(p, '_proxy_target')()
    if obj is None:
        raise ReferenceError(_DEAD_MESSAGE)
    return obj


def _unwrap(value):
    if type(value) in ProxyTypes:
        return _referent(value)
    return value


def _proxy_namespace(type_name):
    """The methods shared by ProxyType and CallableProxyType."""
    import operator

    ns = {'__module__': __name__, '__slots__': ('_proxy_target', '__weakref__')}

    def __new__(cls, *args, **kwargs):
        raise TypeError(f"cannot create 'weakref.{cls.__name__}' instances")

    def __init_subclass__(cls, **kwargs):
        raise TypeError(f"type 'weakref.{type_name}' is not an acceptable base type")

    def __getattribute__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __dir__(self):
        return dir(_referent(self))

    def __repr__(self):
        target = _get_slot(self, '_proxy_target')()
        return (f'<weakproxy at {hex(id(self))} to '
                f'{type(target).__name__} at {hex(id(target))}>')

    def __str__(self):
        return str(_referent(self))

    def __bytes__(self):
        return bytes(_referent(self))

    def __bool__(self):
        return bool(_referent(self))

    def __len__(self):
        return len(_referent(self))

    def __contains__(self, item):
        return item in _referent(self)

    def __getitem__(self, key):
        return _referent(self)[key]

    def __setitem__(self, key, value):
        _referent(self)[key] = value

    def __delitem__(self, key):
        del _referent(self)[key]

    def __iter__(self):
        return iter(_referent(self))

    def __next__(self):
        obj = _referent(self)
        if not hasattr(type(obj), '__next__'):
            raise TypeError("Weakref proxy referenced a non-iterator "
                            f"'{type(obj).__name__}' object")
        return next(obj)

    def __reversed__(self):
        return reversed(_referent(self))

    def __int__(self):
        return int(_referent(self))

    def __float__(self):
        return float(_referent(self))

    def __index__(self):
        return operator.index(_referent(self))

    def __neg__(self):
        return -_referent(self)

    def __pos__(self):
        return +_referent(self)

    def __abs__(self):
        return abs(_referent(self))

    def __invert__(self):
        return ~_referent(self)

    def __pow__(self, other, modulo=None):
        if modulo is None:
            return _referent(self) ** _unwrap(other)
        return pow(_referent(self), _unwrap(other), _unwrap(modulo))

    def __rpow__(self, other, modulo=None):
        if modulo is None:
            return _unwrap(other) ** _referent(self)
        return pow(_unwrap(other), _referent(self), _unwrap(modulo))

    def __ipow__(self, other, modulo=None):
        obj = _referent(self)
        obj **= _unwrap(other)
        return obj

    for func in (__new__, __init_subclass__, __getattribute__, __setattr__,
                 __delattr__, __dir__, __repr__, __str__, __bytes__, __bool__,
                 __len__, __contains__, __getitem__, __setitem__, __delitem__,
                 __iter__, __next__, __reversed__, __int__, __float__,
                 __index__, __neg__, __pos__, __abs__, __invert__, __pow__,
                 __rpow__, __ipow__):
        ns[func.__name__] = func

    def binary(op):
        def forward(self, other):
            return op(_referent(self), _unwrap(other))

        def backward(self, other):
            return op(_unwrap(other), _referent(self))
        return forward, backward

    def inplace(op):
        def method(self, other):
            return op(_referent(self), _unwrap(other))
        return method

    for name in ('add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod',
                 'lshift', 'rshift', 'and', 'or', 'xor'):
        op = getattr(operator, name if name not in ('and', 'or') else name + '_')
        ns[f'__{name}__'], ns[f'__r{name}__'] = binary(op)
        ns[f'__i{name}__'] = inplace(getattr(operator, f'i{name}'))
    ns['__divmod__'], ns['__rdivmod__'] = binary(divmod)

    for name in ('lt', 'le', 'eq', 'ne', 'gt', 'ge'):
        ns[f'__{name}__'] = binary(getattr(operator, name))[0]

    def __hash__(self):
        raise TypeError(f"unhashable type: 'weakref.{type_name}'")
    ns['__hash__'] = __hash__
    return ns


def _make_proxy_type(name, with_call):
    ns = _proxy_namespace(name)
    if with_call:
        def __call__(self, *args, **kwargs):
            return _referent(self)(*args, **kwargs)
        ns['__call__'] = __call__
    ns['__qualname__'] = name
    ns['__doc__'] = None
    return type(name, (), ns)


ProxyType = _make_proxy_type('ProxyType', False)
CallableProxyType = _make_proxy_type('CallableProxyType', True)
ProxyTypes = (ProxyType, CallableProxyType)
del _make_proxy_type, _proxy_namespace


def proxy(obj, callback=None, /):
    """Return a proxy to obj that forwards to it while it is alive and raises
    ReferenceError afterwards.  callback, if given, is called with the proxy
    when obj dies."""
    if callback is None:
        for wr in _native_getweakrefs(obj):
            if type(wr) is _ProxyRef and wr.user_callback is None:
                existing = wr.proxy_ref()
                if existing is not None:
                    return existing
    cls = CallableProxyType if callable(obj) else ProxyType
    p = object.__new__(cls)
    proxy_ref = ref(p)
    if callback is None:
        target = _ProxyRef(obj)
    else:
        def notify(dead, proxy_ref=proxy_ref, callback=callback):
            p = proxy_ref()
            if p is not None:
                callback(p)
        target = _ProxyRef(obj, notify)
    target.proxy_ref = proxy_ref
    target.user_callback = callback
    _set_slot(p, '_proxy_target', target)
    return p


def getweakrefs(obj, /):
    """A list of the weak references and proxies that refer to obj."""
    result = []
    for wr in _native_getweakrefs(obj):
        if type(wr) is _ProxyRef:
            wr = wr.proxy_ref()
            if wr is None:
                continue
        result.append(wr)
    return result


# ---------------------------------------------------------------------------
# WeakMethod
# ---------------------------------------------------------------------------

class WeakMethod(ref):
    """A weak reference to a bound method that dies when either the instance
    or the function dies; calling it rebuilds the bound method."""

    __slots__ = ('_func_ref', '_meth_type', '_alive', '__weakref__')

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f'argument should be a bound method, not {type(meth)}') from None

        def died(dead):
            self = self_wr()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, died)
        self._func_ref = ref(func, died)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        try:
            return self._meth_type(func, obj)
        except TypeError:
            # Interpreters whose method type cannot be called directly: bind
            # through the descriptor protocol instead.
            bind = getattr(type(func), '__get__', None)
            if bind is None:
                raise
            return bind(func, obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


# ---------------------------------------------------------------------------
# WeakValueDictionary
# ---------------------------------------------------------------------------

class KeyedRef(ref):
    """A weak reference that also carries the dictionary key it belongs to."""

    __slots__ = ('key',)

    def __new__(cls, obj, callback, key):
        self = ref.__new__(cls, obj, callback)
        self.key = key
        return self

    def __init__(self, obj, callback, key):
        super().__init__(obj, callback)


class WeakValueDictionary(_collections_abc.MutableMapping):
    """A mapping whose values are held weakly: an entry disappears once no
    strong reference to its value remains."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self)):
            owner = selfref()
            if owner is not None:
                if owner._iterating:
                    owner._pending_removals.append(wr.key)
                else:
                    data = owner.data
                    if data.get(wr.key) is wr:
                        del data[wr.key]

        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self.data = {}
        self.update(other, **kw)

    def _commit_removals(self):
        pending = self._pending_removals
        data = self.data
        while pending:
            key = pending.pop()
            wr = data.get(key)
            if wr is not None and wr() is None:
                del data[key]

    def _settle(self):
        if self._pending_removals and not self._iterating:
            self._commit_removals()

    def __getitem__(self, key):
        obj = self.data[key]()
        if obj is None:
            raise KeyError(key)
        return obj

    def __setitem__(self, key, value):
        self._settle()
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        self._settle()
        del self.data[key]

    def __len__(self):
        if self._pending_removals:
            if not self._iterating:
                self._commit_removals()
            else:
                return sum(1 for wr in self.data.values() if wr() is not None)
        return len(self.data)

    def __contains__(self, key):
        try:
            wr = self.data[key]
        except KeyError:
            return False
        return wr() is not None

    def __repr__(self):
        return f'<{self.__class__.__name__} at {hex(id(self))}>'

    def copy(self):
        """A shallow copy holding the same values weakly."""
        new = WeakValueDictionary()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                obj = wr()
                if obj is not None:
                    new[key] = obj
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                obj = wr()
                if obj is not None:
                    new[deepcopy(key, memo)] = obj
        return new

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        obj = wr()
        return default if obj is None else obj

    def items(self):
        with _IterationGuard(self):
            for key, wr in self.data.items():
                obj = wr()
                if obj is not None:
                    yield key, obj

    def keys(self):
        with _IterationGuard(self):
            for key, wr in self.data.items():
                if wr() is not None:
                    yield key

    __iter__ = keys

    def values(self):
        with _IterationGuard(self):
            for wr in self.data.values():
                obj = wr()
                if obj is not None:
                    yield obj

    def itervaluerefs(self):
        """Iterate over the weak references to the values (they may die while
        you hold them; check by calling them)."""
        with _IterationGuard(self):
            yield from self.data.values()

    def valuerefs(self):
        """A list of the weak references to the values."""
        self._settle()
        return list(self.data.values())

    def popitem(self):
        self._settle()
        while True:
            key, wr = self.data.popitem()
            obj = wr()
            if obj is not None:
                return key, obj

    def pop(self, key, *default):
        self._settle()
        try:
            obj = self.data.pop(key)()
        except KeyError:
            obj = None
        if obj is None:
            if default:
                return default[0]
            raise KeyError(key)
        return obj

    def setdefault(self, key, default=None):
        try:
            obj = self.data[key]()
        except KeyError:
            obj = None
        if obj is None:
            self._settle()
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return obj

    def update(self, other=None, /, **kwargs):
        self._settle()
        data = self.data
        if other is not None:
            if not hasattr(other, 'items'):
                other = dict(other)
            for key, obj in other.items():
                data[key] = KeyedRef(obj, self._remove, key)
        for key, obj in kwargs.items():
            data[key] = KeyedRef(obj, self._remove, key)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            result = self.copy()
            result.update(other)
            return result
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            result = self.__class__()
            result.update(other)
            result.update(self)
            return result
        return NotImplemented


# ---------------------------------------------------------------------------
# WeakKeyDictionary
# ---------------------------------------------------------------------------

class WeakKeyDictionary(_collections_abc.MutableMapping):
    """A mapping whose keys are held weakly: an entry disappears once no
    strong reference to its key remains."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(wr, selfref=ref(self)):
            owner = selfref()
            if owner is not None:
                if owner._iterating:
                    owner._pending_removals.append(wr)
                else:
                    owner.data.pop(wr, None)

        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        pending = self._pending_removals
        data = self.data
        while pending:
            data.pop(pending.pop(), None)

    def _settle(self):
        if self._pending_removals and not self._iterating:
            self._commit_removals()

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self._settle()
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        self._settle()
        del self.data[ref(key)]

    def __len__(self):
        if self._pending_removals:
            if not self._iterating:
                self._commit_removals()
            else:
                return sum(1 for wr in self.data if wr() is not None)
        return len(self.data)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return f'<{self.__class__.__name__} at {hex(id(self))}>'

    def copy(self):
        """A shallow copy holding the same keys weakly."""
        new = WeakKeyDictionary()
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    new[key] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def items(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value

    def keys(self):
        with _IterationGuard(self):
            for wr in self.data:
                key = wr()
                if key is not None:
                    yield key

    __iter__ = keys

    def values(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value

    def keyrefs(self):
        """A list of the weak references to the keys."""
        return list(self.data)

    def popitem(self):
        self._settle()
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def pop(self, key, *default):
        self._settle()
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        self._settle()
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        self._settle()
        data = self.data
        if dict is not None:
            if not hasattr(dict, 'items'):
                dict = type({})(dict)
            for key, value in dict.items():
                data[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            result = self.copy()
            result.update(other)
            return result
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            result = self.__class__()
            result.update(other)
            result.update(self)
            return result
        return NotImplemented


_collections_abc.MutableSet.register(WeakSet)


# ---------------------------------------------------------------------------
# finalize
# ---------------------------------------------------------------------------

class _FinalizerInfo:
    __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs)
    once, when obj is garbage collected, when the finalizer is called
    explicitly, or at interpreter exit (unless its atexit attribute is
    false), whichever comes first."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _counter = 0
    _registry_changed = False
    _atexit_hooked = False

    def __init__(self, obj, func, /, *args, **kwargs):
        cls = finalize
        if not cls._atexit_hooked:
            cls._atexit_hooked = True
            try:
                import atexit
            except ImportError:
                pass
            else:
                atexit.register(cls._run_at_exit)
        info = _FinalizerInfo()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = cls._counter
        cls._counter += 1
        cls._registry[self] = info
        cls._registry_changed = True

    def __call__(self, _=None):
        """Run the callback now if the finalizer is alive (returning its
        result), else return None."""
        info = self._registry.pop(self, None)
        if info is not None and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Kill the finalizer without calling it; return (obj, func, args,
        kwargs) if it was alive, else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """The (obj, func, args, kwargs) a live finalizer would use; None
        once it is dead."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer has not run or been detached yet."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at interpreter exit if still alive."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        here = f'<{type(self).__name__} object at {hex(id(self))}'
        if obj is None:
            return here + '; dead>'
        return f"{here}; for {type(obj).__name__!r} at {hex(id(obj))}>"

    @classmethod
    def _exit_candidates(cls):
        chosen = [(info.index, f) for f, info in cls._registry.items() if info.atexit]
        chosen.sort(key=lambda pair: pair[0])
        return [f for _, f in chosen]

    @classmethod
    def _run_at_exit(cls):
        # Live finalizers marked atexit run newest first; ones created while
        # this runs are picked up too.
        try:
            if not cls._registry:
                return
            queue = None
            while True:
                if queue is None or cls._registry_changed:
                    queue = cls._exit_candidates()
                    cls._registry_changed = False
                if not queue:
                    break
                f = queue.pop()
                try:
                    f()
                except Exception as exc:
                    hook = getattr(sys, 'excepthook', None)
                    if hook is not None:
                        hook(type(exc), exc, exc.__traceback__)
                    else:
                        print(f'Exception ignored in atexit finalizer: '
                              f'{type(exc).__name__}: {exc}', file=sys.stderr)
        finally:
            cls._shutdown = True
