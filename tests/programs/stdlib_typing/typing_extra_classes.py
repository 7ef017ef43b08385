# Extra coverage: protocols, NamedTuple, TypedDict, PEP 695 and overloads.
from typing import *
import typing


@runtime_checkable
class HasX(Protocol):
    x: int
    def m(self) -> None: ...


class Impl:
    x = 1
    def m(self): pass


print(isinstance(Impl(), HasX), HasX.__callable_proto_members_only__, sorted(HasX.__protocol_attrs__))


class Base(Protocol):
    def a(self): ...


class Concrete(Base):
    def __init__(self, v):
        self.v = v


print(Concrete(4).v, Concrete._is_protocol, Base._is_runtime_protocol)
try:
    Base()
except TypeError as e:
    print(e)


@runtime_checkable
class Ctx(typing.ContextManager[int].__origin__, Protocol):
    pass


print(Ctx.__mro__[1:3])

T = TypeVar('T')


class Gen(NamedTuple, Generic[T]):
    a: T
    b: int = 2


print(Gen(1), Gen.__parameters__, Gen[int], Gen.__bases__)


class TD(TypedDict, Generic[T]):
    item: T


print(TD.__parameters__, TD(item=1), TD.__bases__, TD[int])


class Stack[T: (int, str)]:
    def push[U](self, x: U) -> 'Stack[U]':
        return self


S = Stack.__type_params__[0]
print(S.__constraints__, Stack.__parameters__, Stack[int], Stack.__orig_bases__)
type Alias[K, *Vs, **Ps] = Callable[Ps, tuple[K, *Vs]]
print(Alias.__type_params__, Alias.__parameters__, Alias[int, str, [bytes]], Alias.__value__)
print(Union[Alias, int], Alias.__module__, typing.TypeAliasType.__module__)


class A:
    @overload
    def g(self, x: int) -> int: ...
    @overload
    def g(self, x: str) -> str: ...
    def g(self, x): return x


print([o.__annotations__['x'] for o in get_overloads(A.g)], get_overloads(A().g) == get_overloads(A.g))


@no_type_check
class Skipped:
    def meth(self, x: 'bad name'): pass


print(Skipped.meth.__no_type_check__, get_type_hints(Skipped.meth))
Emp = NamedTuple('Emp', [('n', str)])
print(Emp.__module__, Emp('x'), Emp._field_defaults)
