# get_type_hints, NewType, cast, overload and the small helper functions.
import typing
from typing import (Annotated, ClassVar, Dict, List, NewType, Optional,
                    Union, cast, final, get_overloads, get_type_hints,
                    no_type_check, overload, assert_never, assert_type,
                    clear_overloads, ForwardRef)


class Node:
    value: int
    children: 'List[Node]'
    parent: Optional['Node'] = None
    count: ClassVar[int] = 0


class Leaf(Node):
    weight: 'float'
    extra: Annotated[str, 'doc']


def connect(a: 'Node', b: Node = None, *, label: 'str' = '') -> 'Optional[Node]':
    return None


def plain(x, y=2):
    return x


def noneret(x: None) -> None:
    pass


print(get_type_hints(connect))
print(get_type_hints(plain), get_type_hints(noneret))
print(get_type_hints(Node))
print(get_type_hints(Leaf))
print(get_type_hints(Leaf, include_extras=True)['extra'])
print(get_type_hints(connect, {'Node': int, 'Optional': Optional, 'str': bytes}))


def local_ref():
    class Local:
        x: 'Inner'

    class Inner:
        pass
    return get_type_hints(Local, localns={'Inner': Inner})


print(local_ref())
try:
    def broken(x: 'Undefined') -> None:
        pass
    get_type_hints(broken)
except NameError as e:
    print(type(e).__name__, e)
print(ForwardRef('int'), ForwardRef('int') == ForwardRef('int'),
      ForwardRef('List[int]')._evaluate(globals(), None, frozenset()))

# NewType
UserId = NewType('UserId', int)
print(UserId, UserId(5), type(UserId(5)), UserId.__supertype__, UserId.__name__)
Derived = NewType('Derived', UserId)
print(Derived, Derived.__supertype__, Derived(UserId(3)), UserId | None)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    UserId(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# cast and friends
print(cast(int, 'not an int'), cast('List[int]', [1]), assert_type(3, int))
try:
    assert_never(42)
except AssertionError as e:
    print(type(e).__name__, e)


# overload
class Calc:
    @overload
    def add(self, x: int) -> int: ...
    @overload
    def add(self, x: str) -> str: ...
    def add(self, x):
        return x * 2


@overload
def area(r: int) -> int: ...
@overload
def area(r: float) -> float: ...
def area(r):
    return r * r


print(Calc().add(4), Calc().add('ab'), area(3))
print(len(get_overloads(Calc.add)), len(get_overloads(area)), get_overloads(plain))
print([f.__annotations__ for f in get_overloads(area)])


@overload
def stub(x: int) -> int: ...


try:
    stub(1)
except NotImplementedError as e:
    print(type(e).__name__, str(e)[:40])
clear_overloads()
print(get_overloads(area))


# final / no_type_check
@final
class Sealed:
    @final
    def method(self):
        pass


print(Sealed.__final__, Sealed.method.__final__)


@no_type_check
def untyped(a: 'garbage syntax here') -> 'more':
    return a


print(untyped.__no_type_check__, get_type_hints(untyped), untyped(3))


@typing.override
def overriding():
    pass


print(overriding.__override__)


@typing.dataclass_transform(kw_only_default=True)
def model(cls):
    return cls


print(model.__dataclass_transform__)
print(typing.is_typeddict(Node), typing.TYPE_CHECKING)
