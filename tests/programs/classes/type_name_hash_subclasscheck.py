# Assigning a class's __name__/__qualname__, unhashable containers, issubclass hooks.
class A:
    pass


class B(A):
    pass


A.__name__ = "Renamed"
A.__qualname__ = "Outer.Renamed"
print(A.__name__, A.__qualname__, B.__name__, B.__qualname__, hasattr(A(), "__name__"))
print(A)
try:
    A.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__)
print(frozenset.__hash__ is not None, tuple.__hash__ is not None)
for x in ([], {}, set(), bytearray()):
    try:
        hash(x)
    except TypeError as e:
        print(e)


class HashableList(list):
    def __hash__(self):
        return 7


print(hash(HashableList()))
from collections.abc import Hashable
print(isinstance([], Hashable), isinstance((), Hashable), isinstance(HashableList(), Hashable))


class Everything:
    def __subclasscheck__(self, c):
        return True

    def __instancecheck__(self, obj):
        return True


print(issubclass(3, Everything()), isinstance(3, Everything()))
try:
    issubclass(3, int)
except TypeError as e:
    print(e)
