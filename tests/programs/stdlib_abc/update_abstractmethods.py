# update_abstractmethods and metaclass interplay.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Base(ABC):
    @abstractmethod
    def run(self):
        ...

    @abstractmethod
    def stop(self):
        ...


class Impl(Base):
    pass


print(sorted(Impl.__abstractmethods__))

# Methods added after class creation are not noticed until
# update_abstractmethods is called.
Impl.run = lambda self: "running"
Impl.stop = lambda self: "stopped"
print(sorted(Impl.__abstractmethods__))
print(abc.update_abstractmethods(Impl) is Impl)
print(sorted(Impl.__abstractmethods__), Impl().run(), Impl().stop())


# A class decorator that adds an implementation.
def add_stop(cls):
    cls.stop = lambda self: "decorated stop"
    return abc.update_abstractmethods(cls)


@add_stop
class Partial(Base):
    def run(self):
        return "partial run"


p = Partial()
print(p.run(), p.stop(), sorted(Partial.__abstractmethods__))


# Making a method abstract afterwards.
class Later(ABC):
    def work(self):
        return "work"


def make_abstract(func):
    func.__isabstractmethod__ = True
    return func


Later.work = make_abstract(lambda self: None)
abc.update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__))
try:
    Later()
except TypeError as e:
    print(e)


# Classes that do not track abstract methods are returned unchanged.
class Ordinary:
    pass


print(abc.update_abstractmethods(Ordinary) is Ordinary, hasattr(Ordinary, '__abstractmethods__'))


# A metaclass derived from ABCMeta, with class keywords.
class RegistryMeta(ABCMeta):
    registry = []

    def __new__(mcls, name, bases, ns, tag=None, **kwargs):
        cls = super().__new__(mcls, name, bases, ns, **kwargs)
        if tag is not None:
            mcls.registry.append((tag, name))
        return cls


class Plugin(metaclass=RegistryMeta):
    @abstractmethod
    def execute(self):
        ...


class Echo(Plugin, tag="echo"):
    def execute(self):
        return "echo!"


class Loud(Plugin, tag="loud"):
    pass


print(RegistryMeta.registry, Echo().execute())
try:
    Loud()
except TypeError as e:
    print(e)
print(isinstance(Echo(), Plugin), type(Echo).__name__)


# __init_subclass__ and __set_name__ still work under ABCMeta.
class Tracked(ABC):
    names = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Tracked.names.append(cls.__name__)


class Field:
    def __set_name__(self, owner, name):
        self.name = name


class One(Tracked):
    f = Field()


class Two(One):
    pass


print(Tracked.names, One.f.name)

# Instantiation goes through the normal __new__/__init__ chain.
class WithInit(ABC):
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, x):
        print("init", x)
        self.x = x


w = WithInit(5)
print(w.x)
