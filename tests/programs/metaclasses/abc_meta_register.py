from abc import ABC, ABCMeta, abstractmethod
class Drawable(ABC):
    @abstractmethod
    def draw(self): ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable and any('draw' in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
class Circle:
    def draw(self):
        return 'circle'
class Text:
    pass
print(isinstance(Circle(), Drawable), issubclass(Text, Drawable), type(Drawable).__name__)
class Sized(metaclass=ABCMeta):
    pass
Sized.register(list)
print(issubclass(list, Sized), isinstance([], Sized), issubclass(tuple, Sized))
from collections.abc import Iterable, Mapping, Sequence, Callable
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance('x', Iterable), isinstance(len, Callable))
print(isinstance(iter([]), Iterable), isinstance(5, Iterable))
