"""BaseExceptionGroup and ExceptionGroup (PEP 654), and the two helpers the interpreter
calls for `except*`. The VM loads this module the first time either name is looked up as a
builtin, and installs both classes into builtins."""


def _is_exception_type(t):
    return isinstance(t, type) and issubclass(t, BaseException)


def _condition(cond):
    """A predicate on leaf exceptions for split()/subgroup()."""
    if _is_exception_type(cond):
        return lambda e: isinstance(e, cond)
    if isinstance(cond, tuple) and all(_is_exception_type(t) for t in cond):
        return lambda e: isinstance(e, cond)
    if callable(cond) and not isinstance(cond, type):
        return cond
    raise TypeError('expected an exception type, a tuple of exception types, '
                    'or a callable (other than a class)')


def _copy_metadata(src, dst):
    dst.__traceback__ = src.__traceback__
    dst.__cause__ = src.__cause__
    dst.__context__ = src.__context__
    dst.__suppress_context__ = src.__suppress_context__
    notes = getattr(src, '__notes__', None)
    if notes is not None:
        dst.__notes__ = list(notes) if isinstance(notes, (list, tuple)) else notes


class BaseExceptionGroup(BaseException):
    """A group of unrelated exceptions raised together, with a message."""

    __module__ = 'builtins'

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError(f'{cls.__name__}() takes no keyword arguments')
        if len(args) != 2:
            raise TypeError(f'BaseExceptionGroup.__new__() takes exactly 2 arguments '
                            f'({len(args)} given)')
        message, exceptions = args
        if not isinstance(message, str):
            raise TypeError(f'BaseExceptionGroup.__new__() argument 1 must be str, '
                            f'not {type(message).__name__}')
        if isinstance(exceptions, (set, frozenset, dict)) or \
                not hasattr(type(exceptions), '__getitem__') or \
                not hasattr(type(exceptions), '__len__'):
            raise TypeError('second argument (exceptions) must be a sequence')
        excs = tuple(exceptions)
        if not excs:
            raise ValueError('second argument (exceptions) must be a non-empty sequence')
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError(f'Item {i} of second argument (exceptions) '
                                 f'is not an exception')
        all_exceptions = all(isinstance(e, Exception) for e in excs)
        if cls is BaseExceptionGroup:
            if all_exceptions:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and not all_exceptions:
            if cls is ExceptionGroup:
                raise TypeError('Cannot nest BaseExceptions in an ExceptionGroup')
            raise TypeError(f"Cannot nest BaseExceptions in '{cls.__name__}'")
        self = super().__new__(cls, message, exceptions)
        self._message = message
        self._exceptions = excs
        return self

    def __init__(self, *args, **kwargs):
        super().__init__(*args)

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return f"{self._message} ({n} sub-exception{'' if n == 1 else 's'})"

    def derive(self, excs):
        """A group like this one holding excs (subclasses may override)."""
        return BaseExceptionGroup(self._message, excs)

    def _split(self, pred):
        if pred(self):
            return self, None
        matched, rest = [], []
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e._split(pred)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif pred(e):
                matched.append(e)
            else:
                rest.append(e)
        return self._derived(matched), self._derived(rest)

    def _derived(self, excs):
        # A new group even when every member is kept: only a group that itself meets the
        # condition is returned as it is (in `_split`).
        if not excs:
            return None
        g = self.derive(excs)
        _copy_metadata(self, g)
        return g

    def split(self, condition):
        """(matching part, rest) of the group; either may be None."""
        return self._split(_condition(condition))

    def subgroup(self, condition):
        """The matching part of the group, or None."""
        return self._split(_condition(condition))[0]

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item) if hasattr(types, 'GenericAlias') else cls


class ExceptionGroup(BaseExceptionGroup, Exception):
    """A BaseExceptionGroup whose members are all Exceptions."""

    __module__ = 'builtins'


def _leaves(exc, out):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaves(e, out)
    elif exc is not None:
        out.append(exc)
    return out


def check_match(exc, types):
    """`except* types` on exc: (rest, match), where either may be None."""
    for t in types if isinstance(types, tuple) else (types,):
        if isinstance(t, type) and issubclass(t, BaseExceptionGroup):
            raise TypeError('catching ExceptionGroup with except* is not allowed. '
                            'Use except instead.')
    if isinstance(exc, BaseExceptionGroup):
        match, rest = exc.split(types)
        return rest, match
    if isinstance(exc, types):
        group = BaseExceptionGroup('', (exc,))
        group.__traceback__ = exc.__traceback__
        return None, group
    return exc, None


def prep_reraise(orig, raised, rest):
    """The exception leaving a try/except* statement: exceptions the clauses raised, then
    the part of the original group that was re-raised or left unhandled; None if nothing."""
    kept = raised + ([rest] if rest is not None else [])
    if not kept:
        return None
    if not isinstance(orig, BaseExceptionGroup):
        return kept[0]
    orig_ids = {id(e) for e in _leaves(orig, [])}
    new, reraised_ids = [], set()
    for e in kept:
        leaves = _leaves(e, [])
        if leaves and all(id(x) in orig_ids for x in leaves):
            reraised_ids.update(id(x) for x in leaves)
        else:
            new.append(e)
    reraised = orig.subgroup(lambda e: id(e) in reraised_ids) if reraised_ids else None
    if reraised is not None:
        new.append(reraised)
    if len(new) == 1:
        return new[0]
    return ExceptionGroup('', new)
