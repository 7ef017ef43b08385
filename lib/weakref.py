"""Weak references and the containers and helpers built on them (Ferrython).

The native ``_weakref`` module supplies the reference type itself; proxies,
weak dictionaries, WeakMethod and finalize are written here in Python.
"""

import sys
import operator as _operator
from _weakref import ref, getweakrefcount as _count_native, getweakrefs as _refs_native
from _weakref import ReferenceType
from collections.abc import Mapping as _Mapping, MutableMapping as _MutableMapping
from _weakrefset import WeakSet, _Sweeper, _make_reaper

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

_GONE = "weakly-referenced object no longer exists"


# ---------------------------------------------------------------------------
# proxies

class _ProxyAnchor(ref):
    """The native reference a proxy rides on; remembers its proxy weakly."""
    __slots__ = ('owner', 'notify')


def _anchor_fired(anchor):
    prox = anchor.owner()
    hook = anchor.notify
    if prox is not None and hook is not None:
        hook(prox)


_peek_slot = object.__getattribute__


def _live_target(prox):
    obj = _peek_slot(prox, '_anchor')()
    if obj is None:
        raise ReferenceError(_GONE)
    return obj


def _plain(value):
    # Operands that are themselves proxies are replaced by their referents.
    if type(value) in ProxyTypes:
        return _live_target(value)
    return value


def _build_binary_table():
    op = _operator
    table = {
        'add': op.add, 'sub': op.sub, 'mul': op.mul, 'matmul': op.matmul,
        'truediv': op.truediv, 'floordiv': op.floordiv, 'mod': op.mod,
        'divmod': divmod, 'pow': pow, 'lshift': op.lshift,
        'rshift': op.rshift, 'and': op.and_, 'or': op.or_, 'xor': op.xor,
    }
    inplace = {
        'iadd': op.iadd, 'isub': op.isub, 'imul': op.imul,
        'imatmul': op.imatmul, 'itruediv': op.itruediv,
        'ifloordiv': op.ifloordiv, 'imod': op.imod, 'ipow': op.ipow,
        'ilshift': op.ilshift, 'irshift': op.irshift, 'iand': op.iand,
        'ior': op.ior, 'ixor': op.ixor,
    }
    return table, inplace


_BINARY_FUNCS, _INPLACE_FUNCS = _build_binary_table()


def _proxy_namespace(callable_kind):
    ns = {'__slots__': ('_anchor', '__weakref__')}
    label = 'weakref.CallableProxyType' if callable_kind else 'weakref.ProxyType'

    def __new__(cls, *args, **kwargs):
        raise TypeError(f"cannot create '{label}' instances")

    def __init_subclass__(cls, **kwargs):
        raise TypeError(f"type '{label}' is not an acceptable base type")

    def __hash__(self):
        raise TypeError(f"unhashable type: '{label}'")

    def __getattribute__(self, name):
        return getattr(_live_target(self), name)

    def __setattr__(self, name, value):
        setattr(_live_target(self), name, value)

    def __delattr__(self, name):
        delattr(_live_target(self), name)

    def __repr__(self):
        obj = _peek_slot(self, '_anchor')()
        return '<weakproxy at %#x to %s at %#x>' % (
            id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_live_target(self))

    def __bytes__(self):
        return bytes(_live_target(self))

    def __bool__(self):
        return bool(_live_target(self))

    def __len__(self):
        return len(_live_target(self))

    def __getitem__(self, key):
        return _live_target(self)[key]

    def __setitem__(self, key, value):
        _live_target(self)[key] = value

    def __delitem__(self, key):
        del _live_target(self)[key]

    def __contains__(self, item):
        return item in _live_target(self)

    def __iter__(self):
        return iter(_live_target(self))

    def __reversed__(self):
        return reversed(_live_target(self))

    def __next__(self):
        obj = _live_target(self)
        if not hasattr(type(obj), '__next__'):
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object"
                            % type(obj).__name__)
        return next(obj)

    def __dir__(self):
        return dir(_live_target(self))

    def __neg__(self):
        return -_live_target(self)

    def __pos__(self):
        return +_live_target(self)

    def __abs__(self):
        return abs(_live_target(self))

    def __invert__(self):
        return ~_live_target(self)

    def __int__(self):
        return int(_live_target(self))

    def __float__(self):
        return float(_live_target(self))

    def __index__(self):
        return _operator.index(_live_target(self))

    def __pow__(self, other, modulo=None):
        if modulo is None:
            return pow(_live_target(self), _plain(other))
        return pow(_live_target(self), _plain(other), _plain(modulo))

    def __rpow__(self, other):
        return pow(_plain(other), _live_target(self))

    for local_name, fn in list(locals().items()):
        if local_name.startswith('__'):
            ns[local_name] = fn

    # comparisons
    def compare_with(func):
        def cmp(self, other):
            return func(_live_target(self), _plain(other))
        return cmp

    for name in ('lt', 'le', 'eq', 'ne', 'gt', 'ge'):
        ns['__%s__' % name] = compare_with(getattr(_operator, name))

    def direct(func):
        def method(self, other):
            return func(_live_target(self), _plain(other))
        return method

    def mirrored(func):
        def method(self, other):
            return func(_plain(other), _live_target(self))
        return method

    for name, func in _BINARY_FUNCS.items():
        if name == 'pow':
            continue
        ns['__%s__' % name] = direct(func)
        ns['__r%s__' % name] = mirrored(func)
    for name, func in _INPLACE_FUNCS.items():
        ns['__%s__' % name] = direct(func)

    if callable_kind:
        def __call__(self, *args, **kwargs):
            return _live_target(self)(*args, **kwargs)
        ns['__call__'] = __call__
    return ns


ProxyType = type('ProxyType', (), _proxy_namespace(False))
CallableProxyType = type('CallableProxyType', (), _proxy_namespace(True))
ProxyType.__module__ = CallableProxyType.__module__ = 'weakref'
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None, /):
    """Return a proxy to object that refers to it weakly."""
    if callback is None:
        # Callback-less proxies are shared, like plain references.
        for existing in _refs_native(object):
            if type(existing) is _ProxyAnchor and existing.notify is None:
                shared = existing.owner()
                if shared is not None:
                    return shared
    kind = CallableProxyType if callable(object) else ProxyType
    anchor = _ProxyAnchor(object, None if callback is None else _anchor_fired)
    prox = _object_new(kind)
    _object_setattr(prox, '_anchor', anchor)
    anchor.notify = callback
    anchor.owner = ref(prox)
    return prox


_object_new = object.__new__
_object_setattr = object.__setattr__


def _public_ref(r):
    if type(r) is _ProxyAnchor:
        return r.owner()
    return r


def getweakrefcount(object, /):
    """Return the number of weak references and proxies to object."""
    return _count_native(object)


def getweakrefs(object, /):
    """Return a list of the weak references and proxies to object."""
    found = []
    for r in _refs_native(object):
        r = _public_ref(r)
        if r is not None:
            found.append(r)
    return found


# ---------------------------------------------------------------------------
# references with extras

class KeyedRef(ref):
    """A weak reference that also carries a key (used by WeakValueDictionary)."""

    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        made = ref.__new__(cls, ob, callback)
        made.key = key
        return made

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakMethod(ref):
    """A weak reference to a bound method that lives as long as both the
    instance and the function do."""

    __slots__ = ('_func_ref', '_meth_type', '_alive', '__weakref__')

    def __new__(cls, meth, callback=None):
        try:
            receiver = meth.__self__
            function = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not "
                            f"{type(meth)}") from None
        box = []

        def on_part_death(_dead):
            me = box[0]() if box else None
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)

        made = ref.__new__(cls, receiver, on_part_death)
        made._func_ref = ref(function, on_part_death)
        made._meth_type = type(meth)
        made._alive = True
        box.append(ref(made))
        return made

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        receiver = super().__call__()
        function = self._func_ref()
        if receiver is None or function is None:
            return None
        return self._meth_type(function, receiver)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return (ref.__eq__(self, other)
                    and self._func_ref == other._func_ref)
        return self is other

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return (ref.__ne__(self, other)
                    or self._func_ref != other._func_ref)
        return self is not other

    __hash__ = ref.__hash__


# ---------------------------------------------------------------------------
# weak dictionaries

class WeakValueDictionary(_Sweeper, _MutableMapping):
    """Mapping whose values are weakly referenced; an entry disappears when
    its value is no longer alive."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._reset_sweeper()
        self._reap = _make_reaper(self)
        self.update(other, **kw)

    def _discard_token(self, dead):
        # Remove the entry only if it still holds this very dead reference.
        slot = self.data.get(dead.key)
        if slot is dead or (slot is not None and slot() is None):
            del self.data[dead.key]

    def _keyed(self, key, value):
        return KeyedRef(value, self._reap, key)

    def __getitem__(self, key):
        self._sweep()
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._sweep()
        self.data[key] = self._keyed(key, value)

    def __delitem__(self, key):
        self._sweep()
        del self.data[key]

    def __len__(self):
        self._sweep()
        return len(self.data) - len(self._graveyard)

    def __contains__(self, key):
        self._sweep()
        try:
            value = self.data[key]()
        except KeyError:
            return False
        return value is not None

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def copy(self):
        self._sweep()
        twin = type(self)()
        self._walk_begin()
        try:
            for key, cell in self.data.items():
                value = cell()
                if value is not None:
                    twin[key] = value
        finally:
            self._walk_end()
        return twin

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        self._sweep()
        twin = type(self)()
        self._walk_begin()
        try:
            for key, cell in self.data.items():
                value = cell()
                if value is not None:
                    twin[deepcopy(key, memo)] = value
        finally:
            self._walk_end()
        return twin

    def get(self, key, default=None):
        self._sweep()
        try:
            cell = self.data[key]
        except KeyError:
            return default
        value = cell()
        return default if value is None else value

    def items(self):
        self._sweep()
        self._walk_begin()
        try:
            for key, cell in self.data.items():
                value = cell()
                if value is not None:
                    yield key, value
        finally:
            self._walk_end()

    def keys(self):
        self._sweep()
        self._walk_begin()
        try:
            for key, cell in self.data.items():
                if cell() is not None:
                    yield key
        finally:
            self._walk_end()

    __iter__ = keys

    def itervaluerefs(self):
        """Iterate over the KeyedRef objects that hold the values."""
        self._sweep()
        self._walk_begin()
        try:
            yield from self.data.values()
        finally:
            self._walk_end()

    def values(self):
        self._sweep()
        self._walk_begin()
        try:
            for cell in self.data.values():
                value = cell()
                if value is not None:
                    yield value
        finally:
            self._walk_end()

    def popitem(self):
        self._sweep()
        while True:
            key, cell = self.data.popitem()
            value = cell()
            if value is not None:
                return key, value

    def pop(self, key, *default):
        self._sweep()
        try:
            value = self.data.pop(key)()
        except KeyError:
            value = None
        if value is not None:
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        try:
            value = self.data[key]()
        except KeyError:
            value = None
        if value is not None:
            return value
        self._sweep()
        self.data[key] = self._keyed(key, default)
        return default

    def update(self, other=None, /, **kwargs):
        self._sweep()
        store = self.data
        if other is not None:
            if not hasattr(other, 'items'):
                other = dict(other)
            for key, value in other.items():
                store[key] = self._keyed(key, value)
        for key, value in kwargs.items():
            store[key] = self._keyed(key, value)

    def valuerefs(self):
        """Return a list of the KeyedRef objects that hold the values."""
        self._sweep()
        return list(self.data.values())

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = type(self)()
        merged.update(other)
        merged.update(self)
        return merged


class WeakKeyDictionary(_Sweeper, _MutableMapping):
    """Mapping whose keys are weakly referenced; an entry disappears when
    its key is no longer alive."""

    def __init__(self, dict=None):
        self.data = {}
        self._reset_sweeper()
        self._reap = _make_reaper(self)
        if dict is not None:
            self.update(dict)

    def _discard_token(self, dead):
        self.data.pop(dead, None)

    def _strong(self, key):
        return ref(key, self._reap)

    def __delitem__(self, key):
        self._sweep()
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        graveyard = self._graveyard
        if graveyard:
            stale = {id(r) for r in graveyard if r in self.data}
            return len(self.data) - len(stale)
        return len(self.data)

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def __setitem__(self, key, value):
        self._sweep()
        self.data[self._strong(key)] = value

    def copy(self):
        twin = type(self)()
        for key, value in self.items():
            twin[key] = value
        return twin

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        twin = type(self)()
        for key, value in self.items():
            twin[key] = deepcopy(value, memo)
        return twin

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            probe = ref(key)
        except TypeError:
            return False
        return probe in self.data

    def items(self):
        self._walk_begin()
        try:
            for cell, value in self.data.items():
                key = cell()
                if key is not None:
                    yield key, value
        finally:
            self._walk_end()

    def keys(self):
        self._walk_begin()
        try:
            for cell in self.data:
                key = cell()
                if key is not None:
                    yield key
        finally:
            self._walk_end()

    __iter__ = keys

    def values(self):
        self._walk_begin()
        try:
            for cell, value in self.data.items():
                if cell() is not None:
                    yield value
        finally:
            self._walk_end()

    def keyrefs(self):
        """Return a list of the weak references to the keys."""
        return list(self.data)

    def popitem(self):
        self._sweep()
        while True:
            cell, value = self.data.popitem()
            key = cell()
            if key is not None:
                return key, value

    def pop(self, key, *default):
        self._sweep()
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(self._strong(key), default)

    def update(self, source=None, /, **kwargs):
        self._sweep()
        store = self.data
        if source is not None:
            pairs = source.items() if hasattr(source, 'items') else dict(source).items()
            for key, value in pairs:
                store[self._strong(key)] = value
        if kwargs:
            self.update(kwargs)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = type(self)()
        merged.update(other)
        merged.update(self)
        return merged


# ---------------------------------------------------------------------------
# finalize

class _Pending:
    """What a live finalizer will do when triggered."""
    __slots__ = ('target', 'func', 'args', 'kwargs', 'atexit', 'order')


class finalize:
    """Call func(*args, **kwargs) once, when obj is garbage collected, when
    the finalizer is called explicitly, or at exit (if atexit is true)."""

    __slots__ = ()
    _table = {}
    _ticket = 0
    _exit_hooked = False
    _exiting = False

    def __init__(self, obj, func, /, *args, **kwargs):
        cls = finalize
        if not cls._exit_hooked:
            import atexit
            atexit.register(_run_exit_finalizers)
            cls._exit_hooked = True
        entry = _Pending()
        entry.target = ref(obj, self)
        entry.func = func
        entry.args = args
        entry.kwargs = kwargs or None
        entry.atexit = True
        cls._ticket += 1
        entry.order = cls._ticket
        cls._table[self] = entry

    def __call__(self, _unused=None):
        """Run the callback now unless it already ran or was detached."""
        entry = finalize._table.pop(self, None)
        if entry is not None and not finalize._exiting:
            return entry.func(*entry.args, **(entry.kwargs or {}))

    def detach(self):
        """Forget the callback; return (obj, func, args, kwargs) or None."""
        entry = finalize._table.get(self)
        obj = entry.target() if entry is not None else None
        if obj is not None and finalize._table.pop(self, None) is not None:
            return (obj, entry.func, entry.args, entry.kwargs or {})
        return None

    def peek(self):
        """Return (obj, func, args, kwargs) while alive, else None."""
        entry = finalize._table.get(self)
        obj = entry.target() if entry is not None else None
        if obj is not None:
            return (obj, entry.func, entry.args, entry.kwargs or {})
        return None

    @property
    def alive(self):
        """Whether the finalizer has yet to run."""
        return self in finalize._table

    @property
    def atexit(self):
        """Whether the finalizer runs when the program exits."""
        entry = finalize._table.get(self)
        return entry is not None and entry.atexit

    @atexit.setter
    def atexit(self, value):
        entry = finalize._table.get(self)
        if entry is not None:
            entry.atexit = bool(value)

    def __repr__(self):
        entry = finalize._table.get(self)
        obj = entry.target() if entry is not None else None
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))


def _run_exit_finalizers():
    # Newest first; finalizers created meanwhile are picked up as well.
    table = finalize._table
    try:
        while True:
            due = [(entry.order, f) for f, entry in table.items() if entry.atexit]
            if not due:
                break
            due.sort(key=lambda pair: pair[0], reverse=True)
            for _order, fin in due:
                try:
                    fin()
                except Exception:
                    sys.excepthook(*sys.exc_info())
    finally:
        finalize._exiting = True
