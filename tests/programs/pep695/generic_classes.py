class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
    def map[U](self, fn) -> 'Box[U]':
        return Box(fn(self.item))
b = Box(21)
print(b.get(), b.map(lambda x: x * 2).get())
print(Box.__type_params__, Box.map.__type_params__)
print(Box[int], type(Box[int]).__name__, Box[int].__origin__ is Box)
import typing
print(Box.__mro__, typing.Generic in Box.__mro__)
print(Box.__orig_bases__ if hasattr(Box, '__orig_bases__') else 'no orig bases')
class Pair[K, V]:
    pass
print(Pair[str, int], Pair.__parameters__)
try:
    Pair[int]
except TypeError as e:
    print(type(e).__name__, e)
