"""Context variables implemented in Python (the engine behind contextvars).

Model
-----
A Context maps ContextVar objects to values.  Every thread has a current
Context; ContextVar.get/set/reset act on it, and Context.run() makes
another Context current for the duration of a call.

Contexts behave as snapshots: copy_context() and Context.copy() are O(1)
because the copy shares the parent's storage dict.  A shared dict is
never written to again; the first write through a Context that does not
own its dict makes a private copy first (copy on write).  Views handed to
callers (keys(), items(), iteration...) also mark the dict as shared, so
they never change under the caller's feet.
"""

# CPython implements this module in C: its frames stay out of tracebacks and profiles.
__native_module__ = True

import types as _types

import threading as _threading

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')


def _no_subclassing(cls, **kwargs):
    raise TypeError("type '_contextvars.%s' is not an acceptable base type"
                    % cls.__mro__[1].__name__)


def _no_new_attribute(obj, name):
    return AttributeError("'_contextvars.%s' object has no attribute '%s'"
                          % (type(obj).__name__, name))


# ---------------------------------------------------------------- MISSING

class _MissingMarker:
    """Marker for "the variable had no value" (Token.MISSING)."""

    __slots__ = ()
    _made = None

    def __new__(cls):
        if cls._made is not None:
            raise TypeError("cannot create 'Token.MISSING' instances")
        return object.__new__(cls)

    def __repr__(self):
        return '<Token.MISSING>'


_MissingMarker.__name__ = 'MISSING'
_MissingMarker.__qualname__ = 'Token.MISSING'
_MissingMarker.__module__ = 'builtins'
_MISSING = _MissingMarker()
_MissingMarker._made = _MISSING


# ------------------------------------------------------ per-thread state

# Per-thread slot holding the thread's current Context.  A thread that
# has never touched context variables starts from a fresh empty Context;
# the slot goes away with its thread, so a later thread that happens to
# get the same ident does not inherit it.
_per_thread = _threading.local()


def _current():
    try:
        return _per_thread.context
    except AttributeError:
        ctx = _per_thread.context = Context()
        return ctx


def _check_key(key):
    if type(key) is not ContextVar:
        raise TypeError('a ContextVar key was expected, got %r' % (key,))


# ---------------------------------------------------------------- Context

class Context:
    """A mapping from ContextVar objects to their values.

    Context() is empty; copy_context() snapshots the current one.
    run(callable, *args, **kwargs) calls callable with this context made
    current, so the variable changes it makes land in this Context.
    """

    __slots__ = ('_store', '_private', '_active')
    __module__ = '_contextvars'
    __hash__ = None

    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self = object.__new__(cls)
        _set = object.__setattr__
        _set(self, '_store', {})
        _set(self, '_private', True)
        _set(self, '_active', False)
        return self

    __init_subclass__ = classmethod(_no_subclassing)

    def __setattr__(self, name, value):
        raise _no_new_attribute(self, name)

    def __delattr__(self, name):
        raise _no_new_attribute(self, name)

    # -- storage helpers (internal) ----------------------------------

    def _share(self):
        """Return the storage dict, which must not be modified from now on."""
        object.__setattr__(self, '_private', False)
        return self._store

    def _writable(self):
        """Return a storage dict this Context alone owns."""
        if not self._private:
            _set = object.__setattr__
            _set(self, '_store', dict(self._store))
            _set(self, '_private', True)
        return self._store

    @classmethod
    def _sharing(cls, store):
        clone = object.__new__(cls)
        _set = object.__setattr__
        _set(clone, '_store', store)
        _set(clone, '_private', False)
        _set(clone, '_active', False)
        return clone

    # -- running ------------------------------------------------------

    def run(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('run() missing 1 required positional argument')
        self, func = args[0], args[1]
        if self._active:
            raise RuntimeError('cannot enter context: %r is already entered'
                               % (self,))
        slot = _per_thread
        outer = _current()
        _set = object.__setattr__
        _set(self, '_active', True)
        slot.context = self
        try:
            return func(*args[2:], **kwargs)
        finally:
            slot.context = outer
            _set(self, '_active', False)

    def copy(self):
        """Return a shallow copy (a new Context with the same values)."""
        return Context._sharing(self._share())

    # -- mapping protocol --------------------------------------------

    def __getitem__(self, var):
        _check_key(var)
        return self._store[var]

    def __contains__(self, var):
        _check_key(var)
        return var in self._store

    def __len__(self):
        return len(self._store)

    def __iter__(self):
        return iter(self._share())

    def get(*args, **kwargs):
        if kwargs:
            raise TypeError('Context.get() takes no keyword arguments')
        count = len(args) - 1
        if count < 1:
            raise TypeError('get expected at least 1 argument, got %d' % count)
        if count > 2:
            raise TypeError('get expected at most 2 arguments, got %d' % count)
        self, var = args[0], args[1]
        _check_key(var)
        try:
            return self._store[var]
        except KeyError:
            return args[2] if count == 2 else None

    def keys(self):
        """The context variables set in this Context."""
        return self._share().keys()

    def values(self):
        """The values of the variables set in this Context."""
        return self._share().values()

    def items(self):
        """(ContextVar, value) pairs for this Context."""
        return self._share().items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._store == other._store


def copy_context(*args, **kwargs):
    """Return a snapshot (a Context) of the current thread's context."""
    if kwargs:
        raise TypeError('_contextvars.copy_context() takes no keyword '
                        'arguments')
    if args:
        raise TypeError('_contextvars.copy_context() takes no arguments '
                        '(%d given)' % len(args))
    return Context._sharing(_current()._share())


# ------------------------------------------------------------- ContextVar

class ContextVar:
    """A variable whose value depends on the current Context.

    ContextVar(name, *, default=...) -- name is informational; without a
    default, get() raises LookupError while the variable is unset.
    """

    __slots__ = ('_label', '_fallback')
    __module__ = '_contextvars'

    def __new__(cls, *args, **kwargs):
        if len(args) + len(kwargs) > 2:
            raise TypeError('ContextVar() takes at most 2 arguments '
                            '(%d given)' % (len(args) + len(kwargs)))
        if not args:
            raise TypeError('ContextVar() takes exactly 1 positional '
                            'argument (0 given)')
        if len(args) > 1:
            raise TypeError('ContextVar() takes at most 1 positional '
                            'argument (%d given)' % len(args))
        for key in kwargs:
            if key != 'default':
                raise TypeError("'%s' is an invalid keyword argument for "
                                "ContextVar()" % key)
        name = args[0]
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self = object.__new__(cls)
        object.__setattr__(self, '_label', name)
        object.__setattr__(self, '_fallback', kwargs.get('default', _MISSING))
        return self

    __init_subclass__ = classmethod(_no_subclassing)

    def __setattr__(self, name, value):
        if name == 'name':
            raise AttributeError('readonly attribute')
        raise _no_new_attribute(self, name)

    def __delattr__(self, name):
        if name == 'name':
            raise AttributeError('readonly attribute')
        raise _no_new_attribute(self, name)

    @property
    def name(self):
        return self._label

    def get(*args, **kwargs):
        """Return the variable's value in the current context.

        When unset: return the argument if one is given, else the
        variable's default, else raise LookupError.
        """
        if kwargs:
            raise TypeError('ContextVar.get() takes no keyword arguments')
        if len(args) > 2:
            raise TypeError('get expected at most 1 argument, got %d'
                            % (len(args) - 1))
        self = args[0]
        try:
            return _current()._store[self]
        except KeyError:
            pass
        if len(args) == 2:
            return args[1]
        if self._fallback is not _MISSING:
            return self._fallback
        raise LookupError(self)

    def set(*args, **kwargs):
        """Give the variable a new value in the current context.

        Returns a Token with which reset() restores the previous value.
        """
        if kwargs:
            raise TypeError('ContextVar.set() takes no keyword arguments')
        if len(args) != 2:
            raise TypeError('ContextVar.set() takes exactly one argument '
                            '(%d given)' % (len(args) - 1))
        self, value = args
        ctx = _current()
        store = ctx._writable()
        previous = store.get(self, _MISSING)
        store[self] = value
        return Token._issue(ctx, self, previous)

    def reset(*args, **kwargs):
        """Undo the set() call that returned the given token."""
        if kwargs:
            raise TypeError('ContextVar.reset() takes no keyword arguments')
        if len(args) != 2:
            raise TypeError('ContextVar.reset() takes exactly one argument '
                            '(%d given)' % (len(args) - 1))
        self, token = args
        if type(token) is not Token:
            raise TypeError('expected an instance of Token, got %r'
                            % (token,))
        if token._spent:
            raise RuntimeError('%r has already been used once' % (token,))
        if token._owner is not self:
            raise ValueError('%r was created by a different ContextVar'
                             % (token,))
        ctx = _current()
        if token._origin is not ctx:
            raise ValueError('%r was created in a different Context'
                             % (token,))
        object.__setattr__(token, '_spent', True)
        store = ctx._writable()
        if token._before is _MISSING:
            store.pop(self, None)
        else:
            store[self] = token._before

    def __repr__(self):
        text = '<ContextVar name=%r' % (self._label,)
        if self._fallback is not _MISSING:
            text += ' default=%r' % (self._fallback,)
        return text + ' at 0x%x>' % id(self)

    __class_getitem__ = classmethod(_types.GenericAlias)


# ------------------------------------------------------------------ Token

class Token:
    """Receipt returned by ContextVar.set(); pass it to ContextVar.reset()
    to restore the value the variable had before that set()."""

    __slots__ = ('_origin', '_owner', '_before', '_spent')
    __module__ = '_contextvars'

    MISSING = _MISSING

    def __new__(cls, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    @classmethod
    def _issue(cls, ctx, var, before):
        token = object.__new__(cls)
        _set = object.__setattr__
        _set(token, '_origin', ctx)
        _set(token, '_owner', var)
        _set(token, '_before', before)
        _set(token, '_spent', False)
        return token

    __init_subclass__ = classmethod(_no_subclassing)

    def __setattr__(self, name, value):
        if name in ('var', 'old_value'):
            raise AttributeError("attribute '%s' of '_contextvars.Token' "
                                 "objects is not writable" % name)
        raise _no_new_attribute(self, name)

    def __delattr__(self, name):
        if name in ('var', 'old_value'):
            raise AttributeError("attribute '%s' of '_contextvars.Token' "
                                 "objects is not writable" % name)
        raise _no_new_attribute(self, name)

    @property
    def var(self):
        """The ContextVar whose set() produced this token."""
        return self._owner

    @property
    def old_value(self):
        """The value before set(), or Token.MISSING if there was none."""
        return self._before

    def __repr__(self):
        return '<Token%s var=%r at 0x%x>' % (' used' if self._spent else '',
                                             self._owner, id(self))

    __class_getitem__ = classmethod(_types.GenericAlias)
