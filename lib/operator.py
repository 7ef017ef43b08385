"""Standard operators as functions (clean-room implementation)."""

# CPython implements this module in C: its frames stay out of tracebacks and profiles.
__native_module__ = True

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

from builtins import abs as _builtin_abs


# ---------------------------------------------------------------- comparisons

def lt(a, b):
    "Same as a < b."
    return a < b


def le(a, b):
    "Same as a <= b."
    return a <= b


def eq(a, b):
    "Same as a == b."
    return a == b


def ne(a, b):
    "Same as a != b."
    return a != b


def ge(a, b):
    "Same as a >= b."
    return a >= b


def gt(a, b):
    "Same as a > b."
    return a > b


# ---------------------------------------------------------------- logic and identity

def not_(a):
    "Same as not a."
    return not a


def truth(a):
    "The truth value of a, as a bool."
    return bool(a)


def is_(a, b):
    "Same as a is b."
    return a is b


def is_not(a, b):
    "Same as a is not b."
    return a is not b


# ---------------------------------------------------------------- arithmetic

def abs(a):
    "Same as abs(a)."
    return _builtin_abs(a)


def add(a, b):
    "Same as a + b."
    return a + b


def and_(a, b):
    "Same as a & b."
    return a & b


def floordiv(a, b):
    "Same as a // b."
    return a // b


def _int_type_error(obj):
    return TypeError("'%s' object cannot be interpreted as an integer" % type(obj).__name__)


def index(a):
    "Same as a.__index__()"
    hook = getattr(type(a), '__index__', None)
    if hook is None:
        raise _int_type_error(a)
    result = hook(a)
    if not isinstance(result, int):
        raise TypeError('__index__ returned non-int (type %s)'
                        % type(result).__name__)
    return result


def inv(a):
    "Same as ~a."
    return ~a


invert = inv


def lshift(a, b):
    "Same as a << b."
    return a << b


def mod(a, b):
    "Same as a % b."
    return a % b


def mul(a, b):
    "Same as a * b."
    return a * b


def matmul(a, b):
    "Same as a @ b."
    return a @ b


def neg(a):
    "Same as -a."
    return -a


def or_(a, b):
    "Same as a | b."
    return a | b


def pos(a):
    "Same as +a."
    return +a


def pow(a, b):
    "Same as a ** b."
    return a ** b


def rshift(a, b):
    "Same as a >> b."
    return a >> b


def sub(a, b):
    "Same as a - b."
    return a - b


def truediv(a, b):
    "Same as a / b."
    return a / b


def xor(a, b):
    "Same as a ^ b."
    return a ^ b


# ---------------------------------------------------------------- sequences

def _refuse_concat(obj):
    if not hasattr(obj, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(obj).__name__)


def concat(a, b):
    "a + b for two sequences."
    _refuse_concat(a)
    return a + b


def contains(a, b):
    "Whether b is in a (operands in the container-first order)."
    return b in a


def countOf(a, b):
    "How many items of a are b or equal to b."
    return sum(1 for item in a if item is b or item == b)


def delitem(a, b):
    "Same as del a[b]."
    del a[b]


def getitem(a, b):
    "Same as a[b]."
    return a[b]


def indexOf(a, b):
    "Where b first occurs in a."
    for position, item in enumerate(a):
        if item is b or item == b:
            return position
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c):
    "Same as a[b] = c."
    a[b] = c


def length_hint(obj, default=0):
    """Return an estimate of the number of items in obj.

    Uses len() when available, then __length_hint__, then *default*.
    """
    if isinstance(default, int) is False:
        raise _int_type_error(default)
    try:
        return len(obj)
    except TypeError:
        pass
    hook = getattr(type(obj), '__length_hint__', None)
    if hook is None:
        return default
    try:
        guess = hook(obj)
    except TypeError:
        return default
    if guess is NotImplemented:
        return default
    if not isinstance(guess, int):
        raise TypeError('__length_hint__ must be integer, not %s' % type(guess).__name__)
    if guess < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return guess


def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    target = obj
    return target(*args, **kwargs)


# ---------------------------------------------------------------- getters

class attrgetter:
    """Callable fetching the given attribute(s) from its operand.

    attrgetter('name') -> obj.name; attrgetter('a', 'b.c') -> (obj.a, obj.b.c).
    """
    __slots__ = ('_attrs', '_call')  # names, compiled fetcher

    def __init__(self, *names):
        if not names:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._attrs = names
        paths = [tuple(name.split('.')) for name in names]

        def fetch(obj, path):
            for part in path:
                obj = getattr(obj, part)
            return obj

        if len(paths) == 1:
            only = paths[0]
            self._call = lambda obj: fetch(obj, only)
        else:
            self._call = lambda obj: tuple(fetch(obj, p) for p in paths)

    def __call__(self, obj, /):
        return self._call(obj)

    def __repr__(self):
        shown = ', '.join(map(repr, self._attrs))
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__qualname__, shown)

    def __reduce__(self):
        return type(self), tuple(self._attrs)


class itemgetter:
    """Callable fetching the given item(s) from its operand.

    itemgetter(1) -> obj[1]; itemgetter(1, 3) -> (obj[1], obj[3]).
    """
    __slots__ = ('_items', '_call')  # keys, compiled fetcher

    def __init__(self, *keys):
        if not keys:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = keys
        if len(keys) > 1:
            self._call = lambda obj: tuple(obj[k] for k in keys)
        else:
            single = keys[0]
            self._call = lambda obj: obj[single]

    def __call__(self, obj, /):
        return self._call(obj)

    def __repr__(self):
        shown = ', '.join(map(repr, self._items))
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__name__, shown)

    def __reduce__(self):
        return type(self), tuple(self._items)


class methodcaller:
    """Callable invoking a named method on its operand with fixed arguments."""
    __slots__ = ('_name', '_args', '_kwargs')  # method name, call arguments

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self, name, args = args[0], args[1], args[2:]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj, /):
        bound = getattr(obj, self._name)
        return bound(*self._args, **self._kwargs)

    def __repr__(self):
        shown = [repr(self._name)]
        shown += [repr(a) for a in self._args]
        shown += ['%s=%r' % pair for pair in self._kwargs.items()]
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__name__, ', '.join(shown))

    def __reduce__(self):
        if self._kwargs:
            from functools import partial
            maker = partial(type(self), self._name, **self._kwargs)
            return maker, self._args
        return type(self), (self._name, *self._args)


# ---------------------------------------------------------------- in-place forms

def iadd(a, b):
    "Same as a += b."
    a += b
    return a


def iand(a, b):
    "Same as a &= b."
    a &= b
    return a


def iconcat(a, b):
    "a += b for two sequences."
    _refuse_concat(a)
    a += b
    return a


def ifloordiv(a, b):
    "Same as a //= b."
    a //= b
    return a


def ilshift(a, b):
    "Same as a <<= b."
    a <<= b
    return a


def imod(a, b):
    "Same as a %= b."
    a %= b
    return a


def imul(a, b):
    "Same as a *= b."
    a *= b
    return a


def imatmul(a, b):
    "Same as a @= b."
    a @= b
    return a


def ior(a, b):
    "Same as a |= b."
    a |= b
    return a


def ipow(a, b):
    "Same as a **= b."
    a **= b
    return a


def irshift(a, b):
    "Same as a >>= b."
    a >>= b
    return a


def isub(a, b):
    "Same as a -= b."
    a -= b
    return a


def itruediv(a, b):
    "Same as a /= b."
    a /= b
    return a


def ixor(a, b):
    "Same as a ^= b."
    a ^= b
    return a


# ---------------------------------------------------------------- dunder aliases

def _export_dunders(namespace):
    plain = ['lt', 'le', 'eq', 'ne', 'ge', 'gt', 'not', 'abs', 'add', 'and', 'floordiv',
             'index', 'inv', 'invert', 'lshift', 'mod', 'mul', 'matmul', 'neg', 'or',
             'pos', 'pow', 'rshift', 'sub', 'truediv', 'xor', 'concat', 'contains',
             'delitem', 'getitem', 'setitem', 'iadd', 'iand', 'iconcat', 'ifloordiv',
             'ilshift', 'imod', 'imul', 'imatmul', 'ior', 'ipow', 'irshift', 'isub',
             'itruediv', 'ixor', 'call']
    for short in plain:
        target = namespace.get(short) or namespace[short + '_']
        namespace['__%s__' % short] = target


_export_dunders(globals())
del _export_dunders
