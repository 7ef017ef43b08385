"""Registry of pickling helpers shared by pickle and copy (Ferrython).

Holds the reduction-function table, the constructor hook, the helper
callables that pickled data refers to by name, and the extension-code
registry used by pickle protocol 2.
"""

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

# type -> reduction function
dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reducer for instances of ob_type."""
    _need_callable(pickle_function, "reduction functions must be callable")
    table = dispatch_table
    table[ob_type] = pickle_function
    # The constructor is only checked for callability nowadays.
    if constructor_ob is None:
        return
    constructor(constructor_ob)


def _need_callable(candidate, complaint):
    if not callable(candidate):
        raise TypeError(complaint)


def constructor(object):
    """Check that object can be used as a constructor."""
    _need_callable(object, "constructors must be callable")


def pickle_complex(c):
    """Reducer for complex numbers."""
    parts = (c.real, c.imag)
    return complex, parts


pickle(complex, pickle_complex, constructor_ob=complex)


def pickle_union(obj):
    """Reducer for X | Y union objects: rebuilt by or-ing the members."""
    from functools import reduce
    from operator import or_
    return reduce, (or_, obj.__args__)


_union_kind = type(int | str)
pickle(_union_kind, pickle_union)


# ---------------------------------------------------------------------------
# Helpers for the default reduce implementation (protocols 0 and 1)

def _reconstructor(cls, base, state):
    """Create an instance of cls whose built-in part is base(state)."""
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    init = base.__init__
    if init != object.__init__:
        init(made, state)
    return made


_HEAPTYPE = 1 << 9
_new_type = _builtin_new_kind = type(int.__new__)


def _is_builtin_type(klass):
    flags = getattr(klass, "__flags__", None)
    if flags is not None:
        return not (flags & _HEAPTYPE)
    return getattr(klass, "__module__", None) == "builtins"


def _reduce_ex(self, proto):
    """Default __reduce_ex__ for protocols below 2."""
    assert proto < 2
    cls = self.__class__
    core = object
    for klass in cls.__mro__:
        if _is_builtin_type(klass):
            core = klass
            break
        maker = klass.__new__
        if isinstance(maker, _builtin_new_kind) and getattr(maker, "__self__", None) is klass:
            core = klass
            break
    if core is object:
        payload = None
    elif core is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        payload = core(self)
    ctor_args = (cls, core, payload)
    getter = getattr(self, "__getstate__", None)
    stock = getattr(object, "__getstate__", None)
    stock_getter = getter is None or getattr(type(self), "__getstate__", None) is stock
    if stock_getter and getattr(self, "__slots__", None):
        raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
    if getter is None:
        extra = getattr(self, "__dict__", None)
    else:
        extra = getter()
    if extra:
        return _reconstructor, ctor_args, extra
    return _reconstructor, ctor_args


def __newobj__(cls, *args):
    """Helper referenced by protocol-2 pickles: cls.__new__(cls, *args)."""
    make = cls.__new__
    return make(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Like __newobj__ but with keyword arguments too."""
    make = cls.__new__
    return make(cls, *args, **kwargs)


def _slotnames(cls):
    """Names of the slots of cls and its bases, private names mangled.

    The result is cached on the class as __slotnames__.
    """
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            own = klass.__dict__
            if "__slots__" not in own:
                continue
            declared = own["__slots__"]
            if isinstance(declared, str):
                declared = [declared]
            for slot in declared:
                if slot == "__dict__" or slot == "__weakref__":
                    continue
                if slot[:2] == "__" and slot[-2:] != "__":
                    bare = klass.__name__.lstrip("_")
                    found.append("_" + bare + slot if bare else slot)
                else:
                    found.append(slot)
    try:
        cls.__slotnames__ = found
    except Exception:
        pass
    return found


# ---------------------------------------------------------------------------
# Extension codes (pickle protocol 2).  Codes 1..0x7fffffff map to
# (module, name) pairs; the inverse map and a decode cache live alongside.

_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Give (module, name) the pickle extension code `code`."""
    code = int(code)
    if code < 1 or code > 0x7FFFFFFF:
        raise ValueError("code out of range")
    pair = (module, name)
    have_code = _extension_registry.get(pair)
    have_pair = _inverted_registry.get(code)
    if have_code == code and have_pair == pair:
        return
    if pair in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (pair, have_code))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s"
                         % (code, have_pair))
    _extension_registry[pair] = code
    _inverted_registry[code] = pair


def remove_extension(module, name, code):
    """Unregister an extension code (for testing only)."""
    pair = (module, name)
    registered = (_extension_registry.get(pair) == code
                  and _inverted_registry.get(code) == pair)
    if not registered:
        raise ValueError("key %s is not registered with code %s" % (pair, code))
    del _extension_registry[pair]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    """Forget cached objects for extension codes."""
    _extension_cache.clear()

# Codes 1..127 are reserved for Python's standard library, 128..191 for
# Zope, 192..239 for third parties, and 240..255 for private use; larger
# codes are open to all.
