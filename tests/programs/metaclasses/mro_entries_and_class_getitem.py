class Factory:
    def __mro_entries__(self, bases):
        print('__mro_entries__ called with', [type(b).__name__ for b in bases])
        return (Real,)
class Real:
    def hello(self):
        return 'from Real'
class Uses(Factory()):
    pass
print(Uses().hello(), Uses.__bases__, Uses.__orig_bases__[0].__class__.__name__)
from typing import Generic, TypeVar, NamedTuple
T = TypeVar('T')
class Holder(Generic[T]):
    pass
print(Holder.__bases__, Holder[int])
class NT(NamedTuple):
    a: int
    b: str = 'x'
print(NT(1), NT.__bases__, NT._fields)
