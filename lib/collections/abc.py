"""Abstract base classes for containers (Iterable, Mapping, Sequence, ...).

isinstance and issubclass against these classes succeed for real
subclasses, for classes registered with register(), and, for the small
single-purpose ones such as Iterable or Hashable, for any class that defines
the required methods.  The larger ones (Mapping, Sequence, Set and their
mutable variants) also provide the derived methods as mixins.
"""

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator',
           'AsyncGenerator', 'Hashable', 'Iterable', 'Iterator', 'Reversible',
           'Generator', 'Sized', 'Container', 'Callable', 'Collection', 'Set',
           'MutableSet', 'Mapping', 'MutableMapping', 'MappingView',
           'KeysView', 'ItemsView', 'ValuesView', 'Sequence',
           'MutableSequence', 'ByteString', 'Buffer']

from abc import ABCMeta as _ABCMeta, abstractmethod as _abstract

_MISSING = object()


def _check_methods(C, *methods):
    """True if every method is defined somewhere along C's MRO (and not set
    to None there), NotImplemented otherwise."""
    mro = C.__mro__
    for method in methods:
        for base in mro:
            value = base.__dict__.get(method, _MISSING)
            if value is not _MISSING:
                if value is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _raise_thrown(typ, val, tb):
    """Raise what throw(typ, val, tb) describes (the default abstract throw)."""
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


def _close_by_throwing(obj, kind):
    try:
        obj.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        pass
    else:
        raise RuntimeError(f'{kind} ignored GeneratorExit')


# Single-purpose ABCs, recognized by their methods

class Hashable(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            return _check_methods(C, '__hash__')
        return NotImplemented


class Iterable(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return _check_methods(C, '__iter__')
        return NotImplemented


class Iterator(Iterable):
    __slots__ = ()

    @_abstract
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _check_methods(C, '__iter__', '__next__')
        return NotImplemented


class Reversible(Iterable):
    __slots__ = ()

    @_abstract
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _check_methods(C, '__reversed__', '__iter__')
        return NotImplemented


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @_abstract
    def send(self, value):
        raise StopIteration

    @_abstract
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        """Throw GeneratorExit into the generator; it must not yield."""
        _close_by_throwing(self, 'generator')

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _check_methods(C, '__iter__', '__next__', 'send', 'throw',
                                  'close')
        return NotImplemented


# Asynchronous protocols

class Awaitable(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Awaitable:
            return _check_methods(C, '__await__')
        return NotImplemented


class Coroutine(Awaitable):
    __slots__ = ()

    @_abstract
    def send(self, value):
        raise StopIteration

    @_abstract
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        """Throw GeneratorExit into the coroutine; it must not yield."""
        _close_by_throwing(self, 'coroutine')

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            return _check_methods(C, '__await__', 'send', 'throw', 'close')
        return NotImplemented


class AsyncIterable(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterable:
            return _check_methods(C, '__aiter__')
        return NotImplemented


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @_abstract
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:
            return _check_methods(C, '__anext__', '__aiter__')
        return NotImplemented


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    @_abstract
    async def asend(self, value):
        raise StopAsyncIteration

    @_abstract
    async def athrow(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    async def aclose(self):
        """Throw GeneratorExit into the generator; it must not yield."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError('asynchronous generator ignored GeneratorExit')

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            return _check_methods(C, '__aiter__', '__anext__', 'asend', 'athrow',
                                  'aclose')
        return NotImplemented


class Buffer(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __buffer__(self, flags, /):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Buffer:
            return _check_methods(C, '__buffer__')
        return NotImplemented


class Sized(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return _check_methods(C, '__len__')
        return NotImplemented


class Container(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            return _check_methods(C, '__contains__')
        return NotImplemented


class Collection(Sized, Iterable, Container):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _check_methods(C, '__len__', '__iter__', '__contains__')
        return NotImplemented


class Callable(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _check_methods(C, '__call__')
        return NotImplemented


# Sets

class Set(Collection):
    """A finite set; subclasses supply __contains__, __iter__ and __len__
    and get comparisons and the & | - ^ operators."""

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        # Build the result of an operator; override when the constructor
        # does not accept an iterable.
        return cls(it)

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    def isdisjoint(self, other):
        """True if the two sets have no element in common."""
        for value in other:
            if value in self:
                return False
        return True

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(v for v in other if v in self)

    __rand__ = __and__

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(e for s in (self, other) for e in s)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(v for v in self if v not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(v for v in other if v not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash that ignores element order, for immutable subclasses that
        want to be hashable (the same value a frozenset would get)."""
        return hash(frozenset(self))


class MutableSet(Set):
    """A set that can change; subclasses also supply add and discard."""

    __slots__ = ()

    @_abstract
    def add(self, value):
        raise NotImplementedError

    @_abstract
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        """Remove value, raising KeyError if absent."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return some element."""
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """Remove every element."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


# Mappings

class Mapping(Collection):
    """A read-only mapping; subclasses supply __getitem__, __iter__ and
    __len__ and get get, __contains__, keys, items, values and ==."""

    __slots__ = ()
    __abc_tpflags__ = 1 << 6  # instances match mapping patterns

    @_abstract
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key] if key is present, else default."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{self.__class__.__name__}({self._mapping!r})'


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class MutableMapping(Mapping):
    """A mapping that can change; subclasses also supply __setitem__ and
    __delitem__ and get pop, popitem, clear, update and setdefault."""

    __slots__ = ()

    @_abstract
    def __setitem__(self, key, value):
        raise KeyError

    @_abstract
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_MISSING):
        """Remove key and return its value (or default if it is absent)."""
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return some (key, value) pair."""
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every item."""
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        """Add the items of a mapping, an object with keys(), or an
        iterable of pairs, then the keyword arguments."""
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """self[key], first setting it to default if key is absent."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# Sequences

class Sequence(Reversible, Collection):
    """A read-only sequence; subclasses supply __getitem__ and __len__ and
    get iteration, in, reversed, index and count."""

    __slots__ = ()
    __abc_tpflags__ = 1 << 5  # instances match sequence patterns

    @_abstract
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """Position of the first occurrence of value in [start, stop)."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """Number of occurrences of value."""
        return sum(1 for v in self if v is value or v == value)


class MutableSequence(Sequence):
    """A sequence that can change; subclasses also supply __setitem__,
    __delitem__ and insert."""

    __slots__ = ()

    @_abstract
    def __setitem__(self, index, value):
        raise IndexError

    @_abstract
    def __delitem__(self, index):
        raise IndexError

    @_abstract
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        """Add value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item."""
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        """Reverse the items in place."""
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        """Append every item of values."""
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        """Remove and return the item at index (the last by default)."""
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        """Remove the first occurrence of value."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# The built-in types

def _register_all(abc, classes):
    for klass in classes:
        abc.register(klass)


def _sample_generator():
    yield


_register_all(Iterator, [
    type(iter(b'')), type(iter(bytearray())), type(iter({})),
    type(iter({}.values())), type(iter({}.items())), type(iter([])),
    type(reversed([])), type(iter(range(0))), type(iter(set())),
    type(iter('')), type(iter(())), type(zip()), type(map(len, ())),
    type(filter(None, ())), type(enumerate(())),
])
_register_all(Generator, [type(_sample_generator())])
_register_all(Callable, [type, type(len), type(_sample_generator),
                         type([].append)])
_register_all(Sequence, [tuple, str, range, bytes])
try:
    Sequence.register(memoryview)
except NameError:
    # memoryview is still missing from some young interpreters.
    pass
_register_all(MutableSequence, [list, bytearray])


class ByteString(Sequence):
    """Deprecated: bytes and bytearray (use Buffer or a union of the two)."""
    __slots__ = ()


_register_all(ByteString, [bytes, bytearray])
_register_all(Buffer, [bytes, bytearray])
try:
    Buffer.register(memoryview)
except NameError:
    pass


async def _sample_coroutine():
    pass


async def _sample_async_generator():
    yield


_sample = _sample_coroutine()
_register_all(Coroutine, [type(_sample)])
_sample.close()
_register_all(AsyncGenerator, [type(_sample_async_generator())])
del _sample
_register_all(Set, [frozenset])
_register_all(MutableSet, [set])
_register_all(Mapping, [type(type.__dict__)])
_register_all(MutableMapping, [dict])
_register_all(KeysView, [type({}.keys())])
_register_all(ItemsView, [type({}.items())])
_register_all(ValuesView, [type({}.values())])
