# Protocol classes and runtime_checkable structural checks.
from typing import (Protocol, runtime_checkable, SupportsInt, SupportsFloat,
                    SupportsIndex, SupportsAbs, SupportsRound, TypeVar, Generic)


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Named(Protocol):
    name: str


class ReadWrite(Protocol):
    def read(self) -> bytes: ...
    def write(self, data: bytes) -> int: ...


@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...


class File:
    def close(self):
        return 'closed'


class Rock:
    pass


class Person:
    def __init__(self, name):
        self.name = name


class NoClose:
    close = None


print(isinstance(File(), Closeable), isinstance(Rock(), Closeable))
print(isinstance(NoClose(), Closeable), issubclass(File, Closeable), issubclass(Rock, Closeable))
print(isinstance(Person('x'), Named), isinstance(Rock(), Named))
print(isinstance([], Sized2), isinstance(3, Sized2), issubclass(dict, Sized2))
print(Closeable._is_protocol, Closeable._is_runtime_protocol, ReadWrite._is_protocol)
print(sorted(Closeable.__protocol_attrs__), sorted(ReadWrite.__protocol_attrs__),
      sorted(Named.__protocol_attrs__))

for label, thunk in [('non-runtime isinstance', lambda: isinstance(File(), ReadWrite)),
                     ('non-runtime issubclass', lambda: issubclass(File, ReadWrite)),
                     ('data protocol issubclass', lambda: issubclass(Person, Named)),
                     ('instantiate', lambda: Closeable()),
                     ('issubclass non-class', lambda: issubclass(3, Closeable))]:
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, '!!', type(e).__name__, e)

try:
    runtime_checkable(File)
except TypeError as e:
    print(type(e).__name__, e)

try:
    class BadProto(Protocol, File):
        pass
except TypeError as e:
    print(type(e).__name__, e)


# Explicit subclasses of a protocol are ordinary classes.
class MyFile(Closeable):
    def close(self):
        return 'mine'


print(MyFile().close(), isinstance(MyFile(), Closeable), MyFile._is_protocol)


# A protocol extending another
@runtime_checkable
class ClosableSized(Closeable, Sized2, Protocol):
    pass


class Both:
    def close(self): pass
    def __len__(self): return 0


print(isinstance(Both(), ClosableSized), isinstance(File(), ClosableSized))
print(sorted(ClosableSized.__protocol_attrs__))

# Generic protocols
T = TypeVar('T')


@runtime_checkable
class Getter(Protocol[T]):
    def get(self) -> T: ...


class G:
    def get(self):
        return 1


print(Getter.__parameters__, Getter[int], isinstance(G(), Getter), Getter.__mro__)

# Built-in Supports* protocols
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(2.5, SupportsFloat))
print(isinstance(3, SupportsIndex), isinstance(2.5, SupportsIndex), isinstance(-3, SupportsAbs))
print(isinstance(2.5, SupportsRound), SupportsAbs[int], issubclass(int, SupportsInt))


class Celsius:
    def __int__(self):
        return 20

    def __float__(self):
        return 20.5


print(isinstance(Celsius(), SupportsInt), isinstance(Celsius(), SupportsFloat),
      isinstance(Celsius(), SupportsIndex))
print(Protocol in Closeable.__mro__, Generic in Closeable.__mro__)
