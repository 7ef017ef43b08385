"""Shallow and deep copying of arbitrary objects.

copy(x) makes a new object of the same kind holding the same references;
deepcopy(x) copies recursively, using a memo dict so that shared and
cyclic references are reproduced rather than copied twice.  Classes can
take over with __copy__ and __deepcopy__(memo), or describe themselves with
__reduce_ex__/__reduce__, __getnewargs__, __getstate__ and __setstate__.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


def _sample_function():
    pass


# Objects of these types are never copied: they are immutable or stand for
# themselves.
_ATOMIC = {type(None), int, float, bool, complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), type(_sample_function),
           type(len), property, slice}

del _sample_function


def _overrides(cls, name):
    # Does cls provide its own version of a method that object also has?
    method = getattr(cls, name, None)
    return method is not None and method is not getattr(object, name, None)


def copy(x):
    """Return a shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None):
    """Return a deep copy of x; memo maps id(original) -> copy for the
    objects already copied in this run."""
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _NOT_FOUND)
    if found is not _NOT_FOUND:
        return found
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A cycle through a mutable item may have copied x already.
        found = memo.get(key, _NOT_FOUND)
        if found is not _NOT_FOUND:
            return found
        for old, new in zip(x, items):
            if old is not new:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is set or cls is frozenset:
        y = cls([deepcopy(item, memo) for item in x])
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(cls, '__deepcopy__', None)
        if copier is not None:
            y = copier(x, memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


_NOT_FOUND = object()


def _keep_alive(x, memo):
    # Hold on to x for as long as memo lives, so that its id cannot be
    # reused by a new object during the same deepcopy run.
    holder = memo.get(id(memo))
    if holder is None:
        memo[id(memo)] = [x]
    else:
        holder.append(x)


def _slot_names(cls):
    names = []
    for klass in getattr(cls, '__mro__', (cls,)):
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_' + klass.__name__.lstrip('_') + name
            names.append(name)
    return names


def _default_state(x):
    # What object.__getstate__ returns: the instance dict, plus the slot
    # values that are set, as (dict, slots) when there are slots.
    attrs = getattr(x, '__dict__', None)
    state = dict(attrs) if attrs else None
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _reconstruct(x, memo):
    """Copy an arbitrary object (deeply when memo is not None)."""
    deep = memo is not None
    cls = type(x)
    if _overrides(cls, '__reduce_ex__') or _overrides(cls, '__reduce__'):
        return _from_reduce(x, memo)

    if _overrides(cls, '__getnewargs_ex__'):
        args, kwargs = x.__getnewargs_ex__()
    elif hasattr(cls, '__getnewargs__'):
        args, kwargs = x.__getnewargs__(), {}
    else:
        args, kwargs = (), {}
    if deep and (args or kwargs):
        args = deepcopy(args, memo)
        kwargs = deepcopy(kwargs, memo)
    y = cls.__new__(cls, *args, **kwargs)
    if deep:
        memo[id(x)] = y

    if _overrides(cls, '__getstate__'):
        state = x.__getstate__()
    else:
        state = _default_state(x)
    if deep and state:
        state = deepcopy(state, memo)
    if state:
        _set_state(y, state)

    # Contents of list and dict subclasses.
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for k, v in x.items():
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    elif isinstance(x, set):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)
    return y


def _set_state(y, state):
    setter = getattr(y, '__setstate__', None)
    if setter is not None:
        setter(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for name, value in slots.items():
            setattr(y, name, value)


def _from_reduce(x, memo):
    deep = memo is not None
    cls = type(x)
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None:
        rv = reductor(x, 4)
    else:
        rv = cls.__reduce__(x)
    if isinstance(rv, str):
        # A global name: the object is a singleton.
        return x
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listitems = rv[3] if len(rv) > 3 else None
    dictitems = rv[4] if len(rv) > 4 else None
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listitems is not None:
        for item in listitems:
            y.append(deepcopy(item, memo) if deep else item)
    if dictitems is not None:
        for k, v in dictitems:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y
