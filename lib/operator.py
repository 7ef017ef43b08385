"""Python's operators as plain functions, plus itemgetter, attrgetter and
methodcaller.

Every function here does exactly what the corresponding operator syntax does,
so `add(a, b)` is `a + b`, `getitem(a, b)` is `a[b]` and `iadd(a, b)` is
`a += b` (returning the result).
"""

_builtin_abs = abs


# Comparisons

def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def ge(a, b):
    return a >= b


def gt(a, b):
    return a > b


# Truth and identity

def not_(a):
    return not a


def truth(a):
    return True if a else False


def is_(a, b):
    return a is b


def is_not(a, b):
    return a is not b


# Arithmetic and bitwise

def abs(a):
    return _builtin_abs(a)


def add(a, b):
    return a + b


def and_(a, b):
    return a & b


def floordiv(a, b):
    return a // b


def index(a):
    if type(a) is int:
        return a
    if type(a) is bool:
        return int(a)
    try:
        method = type(a).__index__
    except AttributeError:
        raise TypeError(
            f"'{type(a).__name__}' object cannot be interpreted as an integer"
        ) from None
    return method(a)


def inv(a):
    return ~a


invert = inv


def lshift(a, b):
    return a << b


def mod(a, b):
    return a % b


def mul(a, b):
    return a * b


def matmul(a, b):
    return a @ b


def neg(a):
    return -a


def or_(a, b):
    return a | b


def pos(a):
    return +a


def pow(a, b):
    return a ** b


def rshift(a, b):
    return a >> b


def sub(a, b):
    return a - b


def truediv(a, b):
    return a / b


def xor(a, b):
    return a ^ b


# Sequences and containers

def _is_sequence_like(obj):
    return hasattr(obj, '__getitem__')


def concat(a, b):
    if not _is_sequence_like(a):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b


def contains(a, b):
    return b in a


def _iterate(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError(
            f"argument of type '{type(a).__name__}' is not iterable"
        ) from None


def countOf(a, b):
    "Count the items of a that are b or equal to b."
    n = 0
    for item in _iterate(a):
        if item is b or item == b:
            n += 1
    return n


def indexOf(a, b):
    "Position of the first item of a that is b or equal to b."
    i = 0
    for item in _iterate(a):
        if item is b or item == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')


def getitem(a, b):
    return a[b]


def setitem(a, b, c):
    a[b] = c


def delitem(a, b):
    del a[b]


def length_hint(obj, default=0):
    """Return len(obj) if it has one, else obj.__length_hint__() if that
    exists, else default."""
    if not isinstance(default, int):
        raise TypeError(
            f"'{type(default).__name__}' object cannot be interpreted as an integer"
        )
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError(
            f'__length_hint__ must be an integer, not {type(value).__name__}'
        )
    if value < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return value


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


# In-place forms

def iadd(a, b):
    a += b
    return a


def iand(a, b):
    a &= b
    return a


def iconcat(a, b):
    if not _is_sequence_like(a):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    a += b
    return a


def ifloordiv(a, b):
    a //= b
    return a


def ilshift(a, b):
    a <<= b
    return a


def imod(a, b):
    a %= b
    return a


def imul(a, b):
    a *= b
    return a


def imatmul(a, b):
    a @= b
    return a


def ior(a, b):
    a |= b
    return a


def ipow(a, b):
    a **= b
    return a


def irshift(a, b):
    a >>= b
    return a


def isub(a, b):
    a -= b
    return a


def itruediv(a, b):
    a /= b
    return a


def ixor(a, b):
    a ^= b
    return a


# Callable helpers

class itemgetter:
    """itemgetter(item) returns a callable fetching obj[item];
    itemgetter(i1, i2, ...) returns one fetching the tuple (obj[i1], obj[i2], ...)."""

    __slots__ = ('_items', '_call')

    def __init__(self, item, *items):
        if items:
            keys = (item,) + items
            self._items = keys

            def fetch(obj):
                return tuple([obj[k] for k in keys])
        else:
            self._items = (item,)

            def fetch(obj):
                return obj[item]
        self._call = fetch

    def __call__(self, obj):
        return self._call(obj)

    def __repr__(self):
        inner = ', '.join([repr(k) for k in self._items])
        return f'operator.itemgetter({inner})'

    def __reduce__(self):
        return (type(self), self._items)


def _resolve_dotted(obj, path):
    for part in path:
        obj = getattr(obj, part)
    return obj


class attrgetter:
    """attrgetter(name) returns a callable fetching obj.name (dotted names
    such as 'a.b' follow the chain); several names give a tuple."""

    __slots__ = ('_attrs', '_call')

    def __init__(self, attr, *attrs):
        names = (attr,) + attrs
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._attrs = names
        paths = [tuple(name.split('.')) for name in names]
        if len(paths) == 1:
            path = paths[0]

            def fetch(obj):
                return _resolve_dotted(obj, path)
        else:
            def fetch(obj):
                return tuple([_resolve_dotted(obj, p) for p in paths])
        self._call = fetch

    def __call__(self, obj):
        return self._call(obj)

    def __repr__(self):
        inner = ', '.join([repr(n) for n in self._attrs])
        return f'operator.attrgetter({inner})'

    def __reduce__(self):
        return (type(self), self._attrs)


class methodcaller:
    """methodcaller(name, *args, **kwargs) returns a callable that calls
    obj.name(*args, **kwargs)."""

    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend([repr(a) for a in self._args])
        parts.extend([f'{k}={v!r}' for k, v in self._kwargs.items()])
        return f"operator.methodcaller({', '.join(parts)})"


# Dunder aliases (operator.__add__ and friends)

__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
