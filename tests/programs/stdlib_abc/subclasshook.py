# __subclasshook__ decides issubclass/isinstance by structure.
from abc import ABC, ABCMeta, abstractmethod


class SupportsClose(ABC):
    @abstractmethod
    def close(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is SupportsClose:
            if any('close' in klass.__dict__ for klass in C.__mro__):
                return True
        return NotImplemented


class Door:
    def close(self):
        return "closed"


class Window:
    pass


class Gate(Door):
    pass


print(issubclass(Door, SupportsClose), issubclass(Window, SupportsClose), issubclass(Gate, SupportsClose))
print(isinstance(Door(), SupportsClose), isinstance(Window(), SupportsClose))
print(SupportsClose in Door.__mro__)


# Subclasses of the ABC fall back to the normal rules because the hook
# returns NotImplemented for them.
class Closer(SupportsClose):
    def close(self):
        return "ok"


print(issubclass(Door, Closer), issubclass(Closer, SupportsClose), issubclass(Closer, Closer))


# A hook returning False vetoes even real subclasses.
class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


class Sub(Never):
    pass


print(issubclass(Sub, Never), isinstance(Sub(), Never), issubclass(Never, Never))


# A hook returning something other than a bool or NotImplemented is an error.
class Broken(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, Broken)
except AssertionError as e:
    print(type(e).__name__, e)


# Answers are cached, but registering invalidates negative answers.
class Duck(metaclass=ABCMeta):
    calls = []

    @classmethod
    def __subclasshook__(cls, C):
        cls.calls.append(C.__name__)
        return NotImplemented


class Mallard:
    pass


print(issubclass(Mallard, Duck), issubclass(Mallard, Duck), Duck.calls)
Duck.register(Mallard)
print(issubclass(Mallard, Duck), Duck.calls)


# isinstance uses __class__ as well as type().
class Proxy:
    @property
    def __class__(self):
        return Door


print(isinstance(Proxy(), SupportsClose), type(Proxy()).__name__)
