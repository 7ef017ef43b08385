from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f'area={self.area()}'
class Half(Shape):
    def area(self):
        return 1
class Sq(Half):
    def perimeter(self):
        return 4
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
print(Sq().describe(), Sq().perimeter(), isinstance(Sq(), Shape), sorted(Shape.__abstractmethods__))
