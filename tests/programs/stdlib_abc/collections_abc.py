# abc.ABC mixes with the collections.abc classes, which use ABCMeta.
import abc
import collections.abc as cabc


print(type(cabc.Mapping) is abc.ABCMeta, isinstance(cabc.Sequence, abc.ABCMeta))


class Config(abc.ABC, cabc.Mapping):
    def __init__(self, data):
        self._data = dict(data)

    def __getitem__(self, key):
        return self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


c = Config({'a': 1, 'b': 2})
print(len(c), c['a'], sorted(c.keys()), c.get('z', 0), 'b' in c)
print(isinstance(c, cabc.Mapping), isinstance(c, cabc.Collection), isinstance(c, abc.ABC))

# The abstract-method check applies to the collections ABCs too.
try:
    cabc.Mapping()
except TypeError as e:
    print(e)


class HalfSeq(cabc.Sequence):
    def __len__(self):
        return 0


try:
    HalfSeq()
except TypeError as e:
    print(e)


# Registering with a collections ABC.
class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


print(isinstance(Bag(), cabc.Sequence), isinstance(Bag(), cabc.Sized))
cabc.Sequence.register(Bag)
print(isinstance(Bag(), cabc.Sequence), issubclass(Bag, cabc.Reversible), issubclass(Bag, cabc.MutableSequence))


# A custom ABC with its own abstract methods on top of a collections ABC.
class Stack(cabc.Sized):
    @abc.abstractmethod
    def push(self, item):
        ...


print(sorted(Stack.__abstractmethods__))


class ListStack(Stack):
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, item):
        self.items.append(item)


s = ListStack()
s.push(1)
s.push(2)
print(len(s), isinstance(s, cabc.Sized), isinstance(s, Stack))
print(isinstance([], cabc.MutableSequence), isinstance({}, cabc.MutableMapping), isinstance((), cabc.Hashable))


# Registering with Sequence/Mapping makes instances match sequence/mapping
# patterns.
def shape(obj):
    match obj:
        case [first, *rest]:
            return f"sequence starting with {first!r} (+{len(rest)})"
        case {"key": value}:
            return f"mapping with key={value!r}"
        case _:
            return "something else"


class Pairs:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


class Lookup:
    def __init__(self, **kw):
        self.kw = kw

    def __getitem__(self, k):
        return self.kw[k]

    def get(self, k, default=None):
        return self.kw.get(k, default)

    def keys(self):
        return self.kw.keys()

    def __len__(self):
        return len(self.kw)

    def __iter__(self):
        return iter(self.kw)


print(shape(Pairs(1, 2, 3)), "|", shape(Lookup(key=5)))
cabc.Sequence.register(Pairs)
cabc.Mapping.register(Lookup)
print(shape(Pairs(1, 2, 3)), "|", shape(Lookup(key=5)))
print(shape(Bag("x")), "|", shape([9]), "|", shape({"key": 0}))
