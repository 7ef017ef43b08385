# Virtual subclasses: register(), isinstance/issubclass, cache token.
import abc
from abc import ABC


class Drawable(ABC):
    @abc.abstractmethod
    def draw(self):
        ...


class Circle:
    def draw(self):
        return "circle"


class Text:
    pass


print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
token = abc.get_cache_token()
result = Drawable.register(Circle)
print(result is Circle)
print(abc.get_cache_token() != token)
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
print(Drawable in Circle.__mro__, Circle.__mro__ == (Circle, object))
print(issubclass(Text, Drawable), isinstance(Text(), Drawable))


# Registering as a class decorator; subclasses of a virtual subclass match.
@Drawable.register
class Square:
    pass


class SmallSquare(Square):
    pass


print(Square.__name__, issubclass(Square, Drawable), issubclass(SmallSquare, Drawable))

# Built-in types can be registered too.
class Number(ABC):
    pass


Number.register(int)
Number.register(float)
print(isinstance(3, Number), isinstance(2.5, Number), isinstance("3", Number), issubclass(bool, Number))

# Registration travels up: an ABC's virtual subclasses are also subclasses of
# the ABC's bases.
class Shape(ABC):
    pass


class Polygon(Shape):
    pass


class Triangle:
    pass


Polygon.register(Triangle)
print(issubclass(Triangle, Polygon), issubclass(Triangle, Shape), issubclass(Triangle, Number))

# Registering an existing subclass is a no-op; cycles are refused.
token = abc.get_cache_token()
print(Shape.register(Polygon) is Polygon, abc.get_cache_token() == token)
try:
    Polygon.register(Shape)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    Shape.register(Shape())
except Exception as e:
    print(type(e).__name__, e)
try:
    Shape.register(42)
except TypeError as e:
    print(type(e).__name__, e)

# Argument checks.
try:
    issubclass(3, Shape)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(3, Shape))

# Clearing the registry.
class Marker(ABC):
    pass


class Thing:
    pass


Marker.register(Thing)
print(issubclass(Thing, Marker))
Marker._abc_registry_clear()
Marker._abc_caches_clear()
print(issubclass(Thing, Marker))

# Registration does not change the class itself.
print(Thing.__bases__, hasattr(Thing, 'draw'))
# Registered classes do not count for abstract-method purposes.
try:
    Drawable()
except TypeError as e:
    print(e)
