"""Container datatypes: namedtuple, deque, defaultdict, OrderedDict, Counter,
ChainMap and the User* wrapper classes (Ferrython implementation)."""

import sys as _sys
from collections import abc as _abc

# Classes CPython implements in C: their frames stay out of tracebacks and profiles.
__native_frames__ = ("deque.*", "defaultdict.*", "OrderedDict.*", "_tuplegetter.*",
                     "_ODictKeys.*", "_ODictValues.*", "_ODictItems.*", "_ODictView.*")

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

_NOTHING = object()
_active_reprs = set()


def _guarded_repr(render, loop_text='...'):
    """Wrap a __repr__ so that a container showing itself prints loop_text."""
    if isinstance(render, str):
        return lambda fn: _guarded_repr(fn, render)

    def wrapper(self):
        token = (id(self), _thread_token())
        if token in _active_reprs:
            return loop_text
        _active_reprs.add(token)
        try:
            return render(self)
        finally:
            _active_reprs.discard(token)
    wrapper.__name__ = render.__name__
    wrapper.__qualname__ = getattr(render, '__qualname__', render.__name__)
    wrapper.__doc__ = render.__doc__
    return wrapper


def _thread_token():
    th = _sys.modules.get('threading')
    if th is None:
        return 0
    try:
        return th.get_ident()
    except Exception:
        return 0


# ---------------------------------------------------------------- namedtuple

_RESERVED = frozenset(
    'False None True and as assert async await break class continue def del '
    'elif else except finally for from global if import in is lambda nonlocal '
    'not or pass raise return try while with yield'.split())


class _tuplegetter:
    # Read-only descriptor returning one position of a tuple.
    __slots__ = ('_pos', '__doc__')

    def __init__(self, pos, doc):
        self._pos = pos
        self.__doc__ = doc

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj[self._pos]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return '%s(%d, %r)' % (type(self).__name__, self._pos, self.__doc__)

    def __reduce__(self):
        return type(self), (self._pos, self.__doc__)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = str.split(field_names.replace(',', ' '))
    names = [str(n) for n in field_names]
    typename = _sys.intern('%s' % (typename,))

    if rename:
        taken = set()
        for pos, nm in enumerate(names):
            bad = (not nm.isidentifier() or nm in _RESERVED
                   or nm.startswith('_') or nm in taken)
            if bad:
                names[pos] = '_%d' % pos
            taken.add(names[pos])

    for nm in [typename] + names:
        if type(nm) is not str:
            raise TypeError('Type names and field names must be strings')
        if not nm.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % nm)
        if nm in _RESERVED:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % nm)
    already = set()
    for nm in names:
        if nm.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % nm)
        if nm in already:
            raise ValueError('Encountered duplicate field name: %r' % nm)
        already.add(nm)

    fields = tuple(_sys.intern(n) for n in names)
    width = len(fields)
    defaults_map = {}
    dvals = ()
    if defaults is not None:
        dvals = tuple(defaults)
        if len(dvals) > width:
            raise TypeError('Got more default values than field names')
        if dvals:
            defaults_map = dict(zip(fields[width - len(dvals):], dvals))

    signature = ', '.join(fields)
    # Parameters with defaults refer to _dv[i]; Ferrython ignores later
    # assignments to __defaults__, so they are spelled in the source.
    first_default = width - len(dvals)
    params = ', '.join(
        f if pos < first_default else '%s=_dv[%d]' % (f, pos - first_default)
        for pos, f in enumerate(fields))
    packed = signature + (',' if width == 1 else '')
    _tnew = tuple.__new__
    source = ('class %s:\n def __new__(_cls, %s):\n  return _mk(_cls, (%s))\n'
              % (typename, params, packed))
    scope = {'_mk': _tnew, '_dv': dvals,
             '__name__': 'namedtuple_%s' % typename}
    exec(source, scope)
    ctor = scope[typename].__dict__['__new__']
    ctor = getattr(ctor, '__func__', ctor)
    ctor.__name__ = '__new__'
    ctor.__qualname__ = typename + '.__new__'
    ctor.__doc__ = 'Create new instance of %s(%s)' % (typename, signature)

    def _make(cls, iterable):
        made = _tnew(cls, iterable)
        if len(made) != width:
            raise TypeError('Expected %d arguments, got %d' % (width, len(made)))
        return made
    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % typename

    def _replace(self, /, **changes):
        updated = self._make([changes.pop(f, v) for f, v in zip(fields, self)])
        if changes:
            raise ValueError('Got unexpected field names: %r' % list(changes))
        return updated
    _replace.__doc__ = ('Return a new %s object replacing specified fields '
                        'with new values' % typename)

    shape = typename + '(' + ', '.join(f + '=%r' for f in fields) + ')'

    def __repr__(self):
        'The tuple shown with its type and field names'
        return self.__class__.__name__ + shape[len(typename):] % self

    def _asdict(self):
        'A dict of the field names and their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'The values as a plain tuple (for copy and pickle).'
        return tuple(self)

    for fn in (_make, _replace, __repr__, _asdict, __getnewargs__):
        fn.__qualname__ = typename + '.' + fn.__name__

    body = {
        '__doc__': '%s(%s)' % (typename, signature),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': defaults_map,
        '__new__': ctor,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for pos, nm in enumerate(fields):
        body[nm] = _tuplegetter(pos, 'Alias for field number %d' % pos)

    cls = type(typename, (tuple,), body)

    if module is None:
        try:
            caller = _sys._getframe(1)
            module = caller.f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = None
    if module is not None:
        cls.__module__ = module
    return cls


# --------------------------------------------------------------------- deque

class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""
    __tp_name__ = 'collections.deque'   # the C type's name CPython shows in messages

    __abc_tpflags__ = 1 << 5  # instances match sequence patterns in `match`

    # Storage: self._buf[self._lo:] holds the items; the slots before _lo are
    # spare room so that appendleft/popleft are amortized O(1).
    __slots__ = ('_buf', '_lo', '_cap', '_ver', '__weakref__')

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._buf = []
        self._lo = 0
        self._cap = None
        self._ver = 0
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._cap = maxlen
        if self._buf:
            self.clear()
        if iterable is not ():
            self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._cap

    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' "
                             "objects is not writable")

    def _items(self):
        if self._lo:
            return self._buf[self._lo:]
        return list(self._buf)

    def _reset(self, items):
        self._buf = items
        self._lo = 0
        self._ver += 1

    def _squeeze(self):
        lo = self._lo
        if lo > 16 and lo * 2 > len(self._buf):
            del self._buf[:lo]
            self._lo = 0

    def __len__(self):
        return len(self._buf) - self._lo

    def __bool__(self):
        return len(self._buf) > self._lo

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._ver += 1
        self._buf.append(x)
        cap = self._cap
        if cap is not None and len(self._buf) - self._lo > cap:
            self._buf[self._lo] = None
            self._lo += 1
            self._squeeze()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._ver += 1
        cap = self._cap
        if cap is not None and len(self._buf) - self._lo >= cap:
            if cap == 0:
                return
            self._buf.pop()
        if self._lo == 0:
            room = len(self._buf) - self._lo + 8
            self._buf[:0] = [None] * room
            self._lo = room
        self._lo -= 1
        self._buf[self._lo] = x

    def pop(self):
        """Remove and return the rightmost element."""
        if len(self._buf) <= self._lo:
            raise IndexError('pop from an empty deque')
        self._ver += 1
        item = self._buf.pop()
        if len(self._buf) == self._lo:
            self._buf = []
            self._lo = 0
        return item

    def popleft(self):
        """Remove and return the leftmost element."""
        lo = self._lo
        buf = self._buf
        if len(buf) <= lo:
            raise IndexError('pop from an empty deque')
        self._ver += 1
        item = buf[lo]
        buf[lo] = None
        self._lo = lo + 1
        if self._lo == len(buf):
            self._buf = []
            self._lo = 0
        else:
            self._squeeze()
        return item

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = self._items()
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = self._items()
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._reset([])

    def copy(self):
        """Return a shallow copy of a deque."""
        return self.__copy__()

    def __copy__(self):
        if type(self) is deque:
            return deque(self._items(), self._cap)
        if self._cap is None:
            return type(self)(self)
        return type(self)(self, self._cap)

    def count(self, value):
        """Return number of occurrences of value."""
        ver = self._ver
        n = 0
        for x in self._items():
            if x is value or x == value:
                n += 1
            if ver != self._ver:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, value, start=0, stop=_sys.maxsize):
        """Return first index of value."""
        size = len(self)
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        stop = min(stop, size)
        ver = self._ver
        buf = self._buf
        lo = self._lo
        for i in range(start, stop):
            x = buf[lo + i]
            if x is value or x == value:
                return i
            if ver != self._ver:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        if self._cap is not None and len(self) >= self._cap:
            raise IndexError('deque already at its maximum size')
        items = self._items()
        items.insert(index, value)
        self._reset(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        ver = self._ver
        for i, x in enumerate(self._items()):
            hit = x is value or x == value
            if ver != self._ver:
                raise IndexError('deque mutated during remove().')
            if hit:
                del self[i]
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = self._items()
        items.reverse()
        self._reset(items)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1)."""
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n:
            items = self._items()
            self._reset(items[-n:] + items[:-n])

    def _slot(self, index):
        if not isinstance(index, int):
            if hasattr(index, '__index__'):
                index = index.__index__()
            else:
                raise TypeError('sequence index must be integer, not %r'
                                % type(index).__name__)
        size = len(self._buf) - self._lo
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError('deque index out of range')
        return self._lo + index

    def __getitem__(self, index):
        return self._buf[self._slot(index)]

    def __setitem__(self, index, value):
        self._buf[self._slot(index)] = value

    def __delitem__(self, index):
        pos = self._slot(index)
        self._ver += 1
        del self._buf[pos]

    def __contains__(self, value):
        ver = self._ver
        for x in self._items():
            if x is value or x == value:
                return True
            if ver != self._ver:
                raise RuntimeError('deque mutated during iteration')
        return False

    def __iter__(self):
        ver = self._ver
        buf = self._buf
        k = self._lo
        while True:
            if ver != self._ver:
                raise RuntimeError('deque mutated during iteration')
            if k >= len(buf):
                return
            yield buf[k]
            k += 1

    def __reversed__(self):
        ver = self._ver
        buf = self._buf
        k = len(buf) - 1
        while True:
            if ver != self._ver:
                raise RuntimeError('deque mutated during iteration')
            if k < self._lo:
                return
            yield buf[k]
            k -= 1

    @_guarded_repr('[...]')
    def __repr__(self):
        name = type(self).__name__
        shown = repr(self._items())
        if self._cap is None:
            return '%s(%s)' % (name, shown)
        return '%s(%s, maxlen=%d)' % (name, shown, self._cap)

    def _cmp_ready(self, other):
        return isinstance(other, deque)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        joined = self.__copy__()
        joined.extend(other)
        return joined

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, times):
        out = self.__copy__()
        out *= times
        return out

    __rmul__ = __mul__

    def __imul__(self, times):
        items = self._items()
        if times <= 0:
            self.clear()
            return self
        merged = items * times
        if self._cap is not None and len(merged) > self._cap:
            merged = merged[len(merged) - self._cap:]
        self._reset(merged)
        return self

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return type(self), ((), self._cap), state, iter(self._items())

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


def _generic_alias(cls, item):
    import types
    return types.GenericAlias(cls, item)


# --------------------------------------------------------------- defaultdict

class defaultdict(dict):
    """dict subclass that calls a factory to supply missing values."""
    __tp_name__ = 'collections.defaultdict'   # the C type's name CPython shows in messages

    __slots__ = ('default_factory', '__dict__', '__weakref__')

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        make = self.default_factory
        if make is None:
            raise KeyError(key)
        value = make()
        self[key] = value
        return value

    @_guarded_repr
    def __repr__(self):
        make = self.default_factory
        if make is None:
            shown = 'None'
        else:
            shown = repr(make)
        return '%s(%s, %r)' % (type(self).__name__, shown, dict(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        if self.default_factory is None:
            head = ()
        else:
            head = (self.default_factory,)
        return type(self), head, None, None, iter(self.items())

    def __or__(self, other):
        if isinstance(other, dict):
            merged = self.copy()
            merged.update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            merged = type(self)(self.default_factory, other)
            merged.update(self)
            return merged
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


# --------------------------------------------------------------- OrderedDict

class _ODictView:
    # Mixed in before a MappingView, whose __init__ and __len__ serve these views.
    __slots__ = ()
    _label = ''

    def __repr__(self):
        return '%s(%r)' % (self._label, list(self))


class _ODictKeys(_ODictView, _abc.KeysView):
    __slots__ = ()
    _label = 'odict_keys'

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __contains__(self, key):
        return key in self._mapping


class _ODictValues(_ODictView, _abc.ValuesView):
    __slots__ = ()
    _label = 'odict_values'

    def __iter__(self):
        od = self._mapping
        for k in od:
            yield dict.__getitem__(od, k)

    def __reversed__(self):
        od = self._mapping
        for k in reversed(od):
            yield dict.__getitem__(od, k)


class _ODictItems(_ODictView, _abc.ItemsView):
    __slots__ = ()
    _label = 'odict_items'

    def __iter__(self):
        od = self._mapping
        for k in od:
            yield (k, dict.__getitem__(od, k))

    def __reversed__(self):
        od = self._mapping
        for k in reversed(od):
            yield (k, dict.__getitem__(od, k))

    def __contains__(self, pair):
        key, value = pair
        od = self._mapping
        if key not in od:
            return False
        v = dict.__getitem__(od, key)
        return v is value or v == value


# CPython's views of an OrderedDict are builtin types with these names.
for _view in (_ODictKeys, _ODictValues, _ODictItems):
    _view.__name__ = _view.__qualname__ = _view._label
    _view.__module__ = 'builtins'
del _view


class OrderedDict(dict):
    """Dictionary that remembers insertion order, with order-aware extras."""
    __tp_name__ = 'collections.OrderedDict'   # the C type's name CPython shows in messages

    def __init__(self, other=(), /, **kwargs):
        self.update(other, **kwargs)

    def update(self, other=(), /, **kwargs):
        """Update from a mapping or iterable of pairs, then keyword arguments."""
        if isinstance(other, _abc.Mapping) or hasattr(other, 'keys'):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        moved = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, moved)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, moved)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair, LIFO by default, else FIFO."""
        if not dict.__len__(self):
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def pop(self, key, default=_NOTHING):
        """Remove key and return its value, or default if given."""
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default is _NOTHING:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        """Return self[key], inserting default first if key is absent."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    def keys(self):
        return _ODictKeys(self)

    def values(self):
        return _ODictValues(self)

    def items(self):
        return _ODictItems(self)

    @_guarded_repr
    def __repr__(self):
        name = type(self).__name__
        if not dict.__len__(self):
            return name + '()'
        return '%s(%r)' % (name, dict(self.items()))

    def __reduce__(self):
        state = dict(vars(self)) if hasattr(self, '__dict__') else {}
        return type(self), (), state or None, None, iter(list(self.items()))

    def copy(self):
        """A shallow copy."""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable."""
        made = cls()
        for k in iterable:
            made[k] = value
        return made

    def __eq__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        # dict.__eq__ gives NotImplemented for subclasses under Ferrython.
        same = dict(self) == dict(other)
        if same and isinstance(other, OrderedDict):
            same = all(a == b for a, b in zip(self, other))
        return same

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __or__(self, other):
        if isinstance(other, dict):
            merged = type(self)(self)
            merged.update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            merged = type(self)(other)
            merged.update(self)
            return merged
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


# ------------------------------------------------------------------- Counter

def _counters_only(method):
    """Make a binary Counter method give NotImplemented for non-Counters."""
    def checked(self, other):
        if isinstance(other, Counter):
            return method(self, other)
        return NotImplemented
    checked.__name__ = method.__name__
    checked.__qualname__ = 'Counter.' + method.__name__
    return checked


class Counter(dict):
    """Dict subclass for counting hashable items (a multiset)."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        Counter.update(self, iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts."""
        return sum(dict.values(self))

    def most_common(self, n=None):
        """List the n most common elements and their counts, most common first."""
        ranked = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return ranked
        if n < 0:
            n = 0
        return ranked[:n]

    def elements(self):
        """Iterate over elements, each repeated as many times as its count."""
        for elem, cnt in self.items():
            for _ in range(cnt):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable or mapping (and keyword arguments)."""
        if iterable is not None:
            if isinstance(iterable, _abc.Mapping):
                if self:
                    get = self.get
                    for elem, cnt in iterable.items():
                        self[elem] = cnt + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts; results may become zero or negative."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _abc.Mapping):
                for elem, cnt in iterable.items():
                    self[elem] = get(elem, 0) - cnt
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            body = dict(self.most_common())
        except TypeError:
            body = dict(self)
        return '%s(%r)' % (self.__class__.__name__, body)

    # Comparisons treat missing elements as having a zero count.
    def _all_pairs(self, other, test):
        for k in self.keys() | other.keys():
            if not test(self[k], other[k]):
                return False
        return True

    @_counters_only
    def __eq__(self, other):
        return self._all_pairs(other, lambda a, b: a == b)

    @_counters_only
    def __ne__(self, other):
        return not self == other

    @_counters_only
    def __le__(self, other):
        return self._all_pairs(other, lambda a, b: a <= b)

    @_counters_only
    def __lt__(self, other):
        return self != other and self <= other

    @_counters_only
    def __ge__(self, other):
        return self._all_pairs(other, lambda a, b: a >= b)

    @_counters_only
    def __gt__(self, other):
        return self != other and self >= other

    __hash__ = None

    def _combine(self, other, op):
        out = Counter()
        for elem, cnt in self.items():
            value = op(cnt, other[elem])
            if value > 0:
                out[elem] = value
        for elem, cnt in other.items():
            if elem not in self:
                value = op(0, cnt)
                if value > 0:
                    out[elem] = value
        return out

    @_counters_only
    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b)

    @_counters_only
    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b)

    @_counters_only
    def __or__(self, other):
        return self._combine(other, lambda a, b: b if a < b else a)

    @_counters_only
    def __and__(self, other):
        out = Counter()
        for elem, cnt in self.items():
            there = other[elem]
            low = cnt if cnt < there else there
            if low > 0:
                out[elem] = low
        return out

    def __pos__(self):
        out = Counter()
        for elem, cnt in self.items():
            if cnt > 0:
                out[elem] = cnt
        return out

    def __neg__(self):
        out = Counter()
        for elem, cnt in self.items():
            if cnt < 0:
                out[elem] = 0 - cnt
        return out

    def _drop_nonpositive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, cnt in other.items():
            self[elem] += cnt
        return self._drop_nonpositive()

    def __isub__(self, other):
        for elem, cnt in other.items():
            self[elem] -= cnt
        return self._drop_nonpositive()

    def __ior__(self, other):
        for elem, cnt in other.items():
            if cnt > self[elem]:
                self[elem] = cnt
        return self._drop_nonpositive()

    def __iand__(self, other):
        for elem, cnt in list(self.items()):
            there = other[elem]
            if there < cnt:
                self[elem] = there
        return self._drop_nonpositive()


def _second(pair):
    return pair[1]


# ------------------------------------------------------------------ ChainMap

class ChainMap(_abc.MutableMapping):
    """A view over several mappings, searched in order; writes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        for m in self.maps:
            if key in m:
                return m[key]
        return default

    def _merged_keys(self):
        seen = {}
        for m in reversed(self.maps):
            for k in m:
                seen[k] = None
        return seen

    def __len__(self):
        return len(self._merged_keys())

    def __iter__(self):
        return iter(self._merged_keys())

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    @_guarded_repr
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, value=None, /):
        """Create a new ChainMap with keys from iterable and values set to value."""
        return cls(dict.fromkeys(iterable, value))

    def copy(self):
        """New ChainMap whose first map is a copy; the others are shared."""
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        front = self.maps[0]
        front[key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,)) from None

    def popitem(self):
        """Remove and return an item from maps[0]."""
        try:
            front = self.maps[0]
            return front.popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value."""
        try:
            front = self.maps[0]
            return front.pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,)) from None

    def clear(self):
        """Clear maps[0]."""
        self.maps[0].clear()

    def __ior__(self, other):
        front = self.maps[0]
        front.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        out = self.copy()
        out.maps[0].update(other)
        return out

    def __ror__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        merged = dict(other)
        for m in reversed(self.maps):
            merged.update(m)
        return self.__class__(merged)


# ------------------------------------------------------------- User* wrappers

def _inner(obj, kind):
    """The wrapped object when obj is a `kind` wrapper, else obj itself."""
    return obj.data if isinstance(obj, kind) else obj


class UserDict(_abc.MutableMapping):
    """Wrapper around a dict stored in the ``data`` attribute."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        store = self.data
        if key in store:
            return store[key]
        fallback = getattr(type(self), '__missing__', None)
        if fallback is None:
            raise KeyError(key)
        return fallback(self, key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key not in self:
            return default
        return self[key]

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if not isinstance(other, (UserDict, dict)):
            return NotImplemented
        joined = dict(self.data)
        joined.update(_inner(other, UserDict))
        return type(self)(joined)

    def __ror__(self, other):
        if not isinstance(other, (UserDict, dict)):
            return NotImplemented
        joined = dict(_inner(other, UserDict))
        joined.update(self.data)
        return type(self)(joined)

    def __ior__(self, other):
        self.data.update(_inner(other, UserDict))
        return self

    def __copy__(self):
        cls = type(self)
        twin = cls.__new__(cls)
        vars(twin).update(vars(self))
        vars(twin)['data'] = dict(vars(self)['data'])
        return twin

    def copy(self):
        if type(self) is UserDict:
            return UserDict(dict(self.data))
        import copy as _copy_mod
        keep = self.data
        self.data = {}
        try:
            twin = _copy_mod.copy(self)
        finally:
            self.data = keep
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for k in iterable:
            made[k] = value
        return made


_RICH = {
    '__lt__': lambda a, b: a < b,
    '__le__': lambda a, b: a <= b,
    '__eq__': lambda a, b: a == b,
    '__gt__': lambda a, b: a > b,
    '__ge__': lambda a, b: a >= b,
}


def _list_rich(name):
    op = _RICH[name]

    def compare(self, other):
        return op(self.data, _inner(other, UserList))
    compare.__name__ = name
    return compare


class UserList(_abc.MutableSequence):
    """Wrapper around a list stored in the ``data`` attribute."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is None:
            return
        if type(initlist) is list:
            self.data[:] = initlist
        elif type(initlist) is not list and isinstance(initlist, UserList):
            self.data[:] = list(initlist.data)
        else:
            self.data = [x for x in initlist]

    def __repr__(self):
        return repr(self.data)

    __lt__ = _list_rich('__lt__')
    __le__ = _list_rich('__le__')
    __eq__ = _list_rich('__eq__')
    __gt__ = _list_rich('__gt__')
    __ge__ = _list_rich('__ge__')
    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        got = self.data[i]
        return type(self)(got) if isinstance(i, slice) else got

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def _as_list(self, other):
        other = _inner(other, UserList)
        return other if isinstance(other, list) else list(other)

    def __add__(self, other):
        return type(self)(self.data + self._as_list(other))

    def __radd__(self, other):
        return type(self)(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        cls = type(self)
        twin = cls.__new__(cls)
        vars(twin).update(vars(self))
        vars(twin)['data'] = list(vars(self)['data'])
        return twin

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        list.insert(self.data, i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        return list.count(self.data, item)

    def index(self, item, *bounds):
        return self.data.index(item, *bounds)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        list.sort(self.data, *args, **kwds)

    def extend(self, other):
        self.data.extend(_inner(other, UserList))


class UserString(_abc.Sequence):
    """Wrapper around a str stored in the ``data`` attribute."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        text = self.data
        return complex(text)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __contains__(self, char):
        return _inner(char, UserString) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        other = _inner(other, UserString)
        if not isinstance(other, str):
            other = str(other)
        return type(self)(self.data + other)

    def __radd__(self, other):
        if not isinstance(other, str):
            other = str(other)
        return type(self)(other + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        # A one-element tuple: Ferrython routes str % obj to obj.__rmod__.
        return type(self)(str(template) % (self,))

    def encode(self, encoding='utf-8', errors='strict'):
        return str.encode(self.data, encoding, errors)

    def format_map(self, mapping):
        return str.format_map(self.data, mapping)


def _install_string_methods():
    # Methods whose str result is re-wrapped in the caller's class.
    wrapping = ('capitalize casefold center expandtabs format ljust lower '
                'lstrip removeprefix removesuffix replace rjust rstrip strip '
                'swapcase title translate upper zfill').split()
    # Methods whose result is returned unchanged.
    plain = ('count endswith find index isalpha isalnum isascii isdecimal '
             'isdigit isidentifier islower isnumeric isprintable isspace '
             'istitle isupper join partition rfind rindex rpartition rsplit '
             'split splitlines startswith').split()

    def build(name, rewrap):
        base = getattr(str, name)

        def method(self, *args, **kwargs):
            args = tuple(_inner(a, UserString) for a in args)
            result = base(self.data, *args, **kwargs)
            if rewrap:
                return type(self)(result)
            return result
        method.__name__ = name
        method.__qualname__ = 'UserString.' + name
        method.__doc__ = base.__doc__
        return method

    def rich(name):
        op = _RICH[name]

        def compare(self, other):
            return op(self.data, _inner(other, UserString))
        compare.__name__ = name
        return compare

    for name in wrapping:
        setattr(UserString, name, build(name, True))
    for name in plain:
        setattr(UserString, name, build(name, False))
    for name in ('__eq__', '__lt__', '__le__', '__gt__', '__ge__'):
        setattr(UserString, name, rich(name))
    UserString.__hash__ = lambda self: hash(self.data)
    UserString.maketrans = str.maketrans


_install_string_methods()
