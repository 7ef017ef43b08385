"""Container types beyond the built-in ones: namedtuple, deque, OrderedDict,
defaultdict, Counter and ChainMap."""

import sys
from collections import abc as _abc

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque',
           'namedtuple']

_MISSING = object()


# namedtuple

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
    'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
    'with', 'yield',
])


class _TupleField:
    """Read-only attribute giving one position of a named tuple."""

    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj[self.index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")


def _quoted_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _check_names(typename, fields, rename):
    fields = list(fields)
    if rename:
        seen = set()
        for i, name in enumerate(fields):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                fields[i] = f'_{i}'
            seen.add(fields[i])
    for name in [typename] + fields:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    seen = set()
    for name in fields:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    return tuple(fields)


def namedtuple(typename, field_names, *, rename=False, defaults=None,
               module=None):
    """Create a tuple subclass called typename whose items can also be read
    as attributes named by field_names (a sequence of names, or one string
    with names separated by spaces or commas)."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    typename = str(typename)
    fields = _check_names(typename, [str(n) for n in field_names], rename)
    n = len(fields)
    positions = {name: i for i, name in enumerate(fields)}

    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > n:
            raise TypeError('Got more default values than field names')
    else:
        defaults = ()
    n_required = n - len(defaults)
    field_defaults = dict(zip(fields[n_required:], defaults))
    new_name = f'{typename}.__new__'

    def bind(args, kwargs):
        # Match the arguments of Typename(...) to the fields, reporting
        # mistakes the way a function with those parameters would.
        if len(args) > n:
            if defaults:
                takes = f'from {n_required + 1} to {n + 1}'
            else:
                takes = str(n + 1)
            plural = '' if takes == '1' else 's'
            were = 'was' if len(args) + 1 == 1 else 'were'
            raise TypeError(f'{new_name}() takes {takes} positional '
                            f'argument{plural} but {len(args) + 1} {were} '
                            'given')
        values = list(args) + [_MISSING] * (n - len(args))
        for key, value in kwargs.items():
            i = positions.get(key)
            if i is None:
                raise TypeError(f'{new_name}() got an unexpected keyword '
                                f'argument {key!r}')
            if values[i] is not _MISSING:
                raise TypeError(f'{new_name}() got multiple values for '
                                f'argument {key!r}')
            values[i] = value
        missing = [fields[i] for i in range(n_required)
                   if values[i] is _MISSING]
        if missing:
            plural = '' if len(missing) == 1 else 's'
            raise TypeError(f'{new_name}() missing {len(missing)} required '
                            f'positional argument{plural}: '
                            f'{_quoted_list(missing)}')
        for i in range(n_required, n):
            if values[i] is _MISSING:
                values[i] = defaults[i - n_required]
        return values

    # The methods are plain closures over this call's data, gathered into
    # the namespace of a new tuple subclass.

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) != n:
            args = bind(args, kwargs)
        return tuple.__new__(cls, args)

    def _make(cls, iterable):
        """Build an instance from any iterable of n items."""
        result = tuple.__new__(cls, iterable)
        if len(result) != n:
            raise TypeError(f'Expected {n} arguments, got {len(result)}')
        return result

    def _replace(self, /, **changes):
        """Return a copy with the named fields given new values."""
        result = self._make([changes.pop(name, value)
                             for name, value in zip(fields, self)])
        if changes:
            raise ValueError(f'Got unexpected field names: {list(changes)!r}')
        return result

    def _asdict(self):
        """Return a dict mapping field names to values."""
        return dict(zip(fields, self))

    def __repr__(self):
        inner = ', '.join([f'{name}={value!r}'
                           for name, value in zip(fields, self)])
        return f'{self.__class__.__name__}({inner})'

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': f"{typename}({', '.join(fields)})",
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__match_args__': fields,
        '__new__': staticmethod(__new__),
        '_make': classmethod(_make),
        '_replace': _replace,
        '_asdict': _asdict,
        '__repr__': __repr__,
        '__getnewargs__': __getnewargs__,
    }
    for i, name in enumerate(fields):
        namespace[name] = _TupleField(i, f'Alias for field number {i}')
    cls = type(typename, (tuple,), namespace)

    if module is None:
        # Attribute the class to the caller's module when that is knowable.
        module = '__main__'
        getframe = getattr(sys, '_getframe', None)
        if getframe is not None:
            try:
                module = getframe(1).f_globals.get('__name__', '__main__')
            except (AttributeError, ValueError):
                pass
    cls.__module__ = module
    return cls


# deque

class deque:
    """A double-ended queue: fast appends and pops at both ends, with an
    optional maximum length beyond which items fall off the other end."""

    __abc_tpflags__ = 1 << 5  # instances match sequence patterns

    # Items live in self._data[self._head:]; popleft just advances _head and
    # the dead prefix is dropped from time to time.

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._data = []
        self._head = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """Maximum size of the deque, or None when unbounded."""
        return self._maxlen

    def _items(self):
        # The live items as a plain list (dropping the dead prefix first).
        if self._head:
            self._data = self._data[self._head:]
            self._head = 0
        return self._data

    def __len__(self):
        return len(self._data) - self._head

    def __bool__(self):
        return len(self._data) > self._head

    def append(self, x):
        """Add x at the right end."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            if self._maxlen == 0:
                return
            self.popleft()
        self._data.append(x)

    def appendleft(self, x):
        """Add x at the left end."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            if self._maxlen == 0:
                return
            self.pop()
        if self._head:
            self._head -= 1
            self._data[self._head] = x
        else:
            self._data.insert(0, x)

    def pop(self):
        """Remove and return the rightmost item."""
        if len(self._data) <= self._head:
            raise IndexError('pop from an empty deque')
        x = self._data.pop()
        if len(self._data) == self._head:
            self._data = []
            self._head = 0
        return x

    def popleft(self):
        """Remove and return the leftmost item."""
        data = self._data
        head = self._head
        if len(data) <= head:
            raise IndexError('pop from an empty deque')
        x = data[head]
        data[head] = None
        head += 1
        if head == len(data):
            self._data = []
            head = 0
        elif head > 32 and head * 2 > len(data):
            self._data = data[head:]
            head = 0
        self._head = head
        return x

    def extend(self, iterable):
        """Append every item of iterable on the right."""
        if iterable is self:
            iterable = list(self)
        if self._maxlen is None:
            self._data.extend(iterable)
        else:
            for x in iterable:
                self.append(x)

    def extendleft(self, iterable):
        """Append every item of iterable on the left (so they end up in
        reverse order)."""
        if iterable is self:
            iterable = list(self)
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        """Move the last n items to the front (the first -n to the back
        when n is negative)."""
        items = self._items()
        size = len(items)
        if size > 1:
            n %= size
            if n:
                items[:] = items[-n:] + items[:-n]

    def clear(self):
        """Remove every item."""
        self._data = []
        self._head = 0

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Number of items equal to value."""
        return self._items().count(value)

    def index(self, value, start=0, stop=sys.maxsize):
        """Position of the first item equal to value within [start, stop)."""
        try:
            return self._items().index(value, start, stop)
        except ValueError:
            raise ValueError(f'{value!r} is not in deque') from None

    def insert(self, i, x):
        """Insert x before position i."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._items().insert(i, x)

    def remove(self, value):
        """Remove the first item equal to value."""
        try:
            self._items().remove(value)
        except ValueError:
            raise ValueError(f'{value!r} is not in deque') from None

    def reverse(self):
        """Reverse the items in place."""
        self._items().reverse()

    def _position(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        size = len(self)
        if i < 0:
            i += size
        if i < 0 or i >= size:
            raise IndexError('deque index out of range')
        return self._head + i

    def __getitem__(self, i):
        return self._data[self._position(i)]

    def __setitem__(self, i, x):
        self._data[self._position(i)] = x

    def __delitem__(self, i):
        del self._data[self._position(i)]

    def __iter__(self):
        return iter(self._items())

    def __reversed__(self):
        return reversed(self._items())

    def __contains__(self, x):
        return x in self._items()

    def __repr__(self):
        name = type(self).__name__
        if id(self) in _repr_running:
            return '[...]'
        _repr_running.add(id(self))
        try:
            body = repr(list(self))
        finally:
            _repr_running.discard(id(self))
        if self._maxlen is None:
            return f'{name}({body})'
        return f'{name}({body}, maxlen={self._maxlen})'

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self), list(other))

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not '
                            f'"{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.__class__((), self._maxlen)
        items = list(self)
        for _ in range(n):
            result.extend(items)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self)
        if n <= 0:
            self.clear()
        else:
            for _ in range(n - 1):
                self.extend(items)
        return self


_repr_running = set()


# dict subclasses

class OrderedDict(dict):
    """A dict that also lets you reorder its entries (move_to_end) and pop
    from either end (popitem), and whose equality with another OrderedDict
    takes order into account."""

    def move_to_end(self, key, last=True):
        """Move an existing key to the end (or to the front if last is
        false)."""
        value = dict.pop(self, key)
        if last:
            dict.setdefault(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.setdefault(self, key, value)
            dict.update(self, rest)

    def popitem(self, last=True):
        """Remove and return the last (key, value) pair, or the first one if
        last is false."""
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({dict(self.items())!r})'

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return (len(self) == len(other)
                    and list(self.items()) == list(other.items()))
        return dict(self.items()) == other

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.__class__(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.__class__(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


class defaultdict(dict):
    """A dict that creates missing entries on lookup by calling
    default_factory (when it is not None)."""

    default_factory = None

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        if args or kwargs:
            dict.update(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        return f'{type(self).__name__}({factory!r}, {dict(self.items())!r})'

    def copy(self):
        return self.__class__(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.__class__(self.default_factory, other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


def _count_of(pair):
    return pair[1]


class Counter(dict):
    """A dict mapping elements to how many times they occur; missing
    elements count as zero."""

    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of all the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """List the (element, count) pairs from the most to the least
        common, keeping first-seen order among equal counts; only the
        first n when n is given."""
        ranked = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return ranked
        return ranked[:max(n, 0)]

    def elements(self):
        """Iterate over the elements, each repeated as often as its count
        says (elements with a count below one are skipped)."""
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of elements or from a mapping of
        element -> count (and from keyword arguments)."""
        if iterable is not None:
            if isinstance(iterable, _abc.Mapping):
                if not self:
                    dict.update(self, iterable)
                else:
                    for elem, count in iterable.items():
                        self[elem] = self.get(elem, 0) + count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like update, but subtracting the counts (results may go to zero
        or below)."""
        if iterable is not None:
            if isinstance(iterable, _abc.Mapping):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, elem):
        # Deleting an absent element is not an error for a Counter.
        dict.pop(self, elem, None)

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({dict(self.most_common())!r})'

    # Comparisons treat missing elements as zero.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return (all(self[e] == other[e] for e in self)
                and all(self[e] == other[e] for e in other))

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return (all(self[e] <= other[e] for e in self)
                and all(self[e] <= other[e] for e in other))

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return (all(self[e] >= other[e] for e in self)
                and all(self[e] >= other[e] for e in other))

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset arithmetic; results keep only positive counts.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            total = count + other[elem]
            if total > 0:
                result[elem] = total
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            diff = count - other[elem]
            if diff > 0:
                result[elem] = diff
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            best = other_count if count < other_count else count
            if best > 0:
                result[elem] = best
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            least = count if count < other_count else other_count
            if least > 0:
                result[elem] = least
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _drop_non_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._drop_non_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._drop_non_positive()

    def __ior__(self, other):
        for elem, count in other.items():
            if count > self[elem]:
                self[elem] = count
        return self._drop_non_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._drop_non_positive()


# ChainMap

class ChainMap(_abc.MutableMapping):
    """A single view over several mappings: lookups search them in order,
    while writes and deletions go to the first one."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys in the order they would appear if the maps were merged from
        # the last one to the first.
        merged = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                merged[key] = None
        return iter(merged)

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def __repr__(self):
        inner = ', '.join([repr(m) for m in self.maps])
        return f'{type(self).__name__}({inner})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """New ChainMap with a copy of the first map and the others shared."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with m (a new dict by default) in front."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap of all the maps except the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Remove and return an item of the first map."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove key from the first map and return its value."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Empty the first map."""
        self.maps[0].clear()

    def __or__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        merged = dict(other)
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return self.__class__(merged)

    def __ior__(self, other):
        self.maps[0].update(other)
        return self


_abc.MutableSequence.register(deque)
