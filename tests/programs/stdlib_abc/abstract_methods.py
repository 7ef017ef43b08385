# Abstract method tracking and the instantiation check of ABCMeta.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        """Area of the shape."""

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


print(type(Shape) is ABCMeta, isinstance(Shape, ABCMeta))
print(sorted(Shape.__abstractmethods__), type(Shape.__abstractmethods__).__name__)
print(Shape.area.__isabstractmethod__, hasattr(Shape.describe, '__isabstractmethod__'))

try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)


class Half(Shape):
    def area(self):
        return 1


print(sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)


class Square(Half):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


sq = Square(3)
print(Square.__abstractmethods__ == frozenset(), sq.describe(), sq.perimeter())
print(isinstance(sq, Shape), issubclass(Square, Shape), issubclass(Shape, Square))


# Abstract methods can still be called through super().
class Base(ABC):
    @abstractmethod
    def greet(self):
        return "base greeting"


class Child(Base):
    def greet(self):
        return "child + " + super().greet()


print(Child().greet())


# Abstract properties, classmethods and staticmethods.
class Resource(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def version():
        ...


print(sorted(Resource.__abstractmethods__))


class File(Resource):
    @property
    def name(self):
        return "file"

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def version():
        return 2


f = File.create()
print(f.name, File.version(), type(f).__name__)


class OnlyName(Resource):
    name = "plain attribute"


print(sorted(OnlyName.__abstractmethods__))
try:
    OnlyName()
except TypeError as e:
    print(e)


# The deprecated spellings still work.
class Old(ABC):
    @abc.abstractproperty
    def size(self):
        ...

    @abc.abstractclassmethod
    def make(cls):
        ...

    @abc.abstractstaticmethod
    def helper():
        ...


print(sorted(Old.__abstractmethods__))
print(issubclass(abc.abstractproperty, property),
      issubclass(abc.abstractclassmethod, classmethod),
      issubclass(abc.abstractstaticmethod, staticmethod))


class NewOld(Old):
    size = 3

    @classmethod
    def make(cls):
        return "made"

    @staticmethod
    def helper():
        return "helped"


print(NewOld().size, NewOld.make(), NewOld.helper())

# A metaclass=ABCMeta class without abstract methods instantiates fine,
# and ABC itself has no abstract methods.
class Plain(metaclass=ABCMeta):
    pass


print(type(Plain()).__name__, ABC.__abstractmethods__ == frozenset(), ABC.__slots__)
print(type(ABC()).__name__)

# An abstract method with a single name is reported without the plural.
class One(ABC):
    @abstractmethod
    def only(self):
        ...


try:
    One()
except TypeError as e:
    print(e)
