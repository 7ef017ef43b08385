# Extra coverage: substitution, Unpack, Concatenate, ForwardRef, NewType, errors.
import typing
from typing import *

T = TypeVar('T'); K = TypeVar('K'); Ts = TypeVarTuple('Ts'); P = ParamSpec('P')
print(Tuple[int, Unpack[Ts]][str, bytes, float], Tuple[Unpack[Ts]][()])
print(Callable[Concatenate[int, P], T][[str], bytes])
print(Unpack[Ts].__args__, Unpack[Ts].__origin__, get_args(Unpack[Ts]), Tuple[*Ts])
print(List[T].__parameters__, T.__module__, type(T).__name__, type(P.args).__name__)
print(Literal[1, True], Literal[1, True] == Literal[True, 1],
      hash(Literal[1, 2]) == hash(Literal[2, 1]))
print(Union[int, "str"], Optional["X"], List["int"].__args__[0].__forward_is_argument__)
print(ForwardRef('x', module='m'), repr(ForwardRef('x', is_class=True)))
print(isinstance(list, Type), isinstance(3, Union[int, str]))
print(Union[int, List[int]] == Union[List[int], int], Union[int, str] == 3)
print(List[int] == list[int], List == list, Optional[int].__parameters__)
print(Literal[1].__origin__, Tuple[int, int].__origin__, Callable[[int], str].__parameters__)
print(Concatenate[int, ...], Callable[Concatenate[int, ...], str])
print(Annotated[int, 1].__args__, Annotated[List[T], 1][int], Annotated[int, 1] == Annotated[int, 1])
Q = ParamSpec('Q', bound=int)
print(Q, Q.__bound__, Q.args == Q.args, repr(Q.kwargs), ParamSpec('R', covariant=True))
print(Dict[K, T][str, int], Dict[K, List[T]][str, bytes], Optional[T][int])
print(List[int] | Dict[str, int], Union[int, str] | None, None | List[int])
print(get_origin(int | str), get_args(int | str), get_origin(list[int]), get_args(dict[str, int]))
print(get_origin(P.args), get_origin(Generic), get_args(Callable[P, int]))


class Node(Generic[T]):
    nxt: 'Optional[Node[T]]'
    val: T


print(get_type_hints(Node))


def f(x: 'list[int]', y: 'Dict[str, "int"]') -> 'Annotated[int, "x"]':
    pass


print(get_type_hints(f), get_type_hints(f, include_extras=True)['return'])
print(get_type_hints(typing.IO.readlines))

for e in ['List[Union]', 'List[Generic]', 'Array[int][str]', 'Tuple[int, ...][str]',
          'ClassVar[Final[int]]', 'Concatenate[P, int]', 'List[Unpack]',
          'Protocol[int]', 'Protocol[()]', 'NewType("X", int)(a=1)',
          'Final[ClassVar[int]]', 'Annotated[ClassVar[int], 1]',
          'TypeAliasType(1, int)', 'TypeAliasType("A", int, type_params=[T])',
          'TypeVar("X", contravariant=True, infer_variance=True)',
          'List[int]()', 'Deque()', 'Union[T, int][str, str]', 'Annotated()',
          'Literal[1, 2][int]', 'Callable[..., int][int]', 'Generic[T][int]']:
    try:
        print(e, '->', eval(e))
    except Exception as ex:
        print(e, '!!', type(ex).__name__, ex)

for src in ['class X(T): pass', 'class X(TypeVar): pass', 'class X(Annotated): pass',
            'class X(List[int], Dict[str, int]): pass', 'class X(P.args): pass']:
    try:
        exec(src)
        print(src, '-> ok', X.__mro__)
    except TypeError as ex:
        print(src, '!!', type(ex).__name__, ex)


class MyList(List[int]):
    pass


print(MyList.__mro__, MyList.__orig_bases__, MyList([1, 2]))
UserId = NewType('UserId', int)
print(UserId.__qualname__, UserId.__module__, repr(NewType('a.b', str)))
print(assert_type([1], List[int]), cast(List[int], 'x'))
try:
    assert_never('x' * 200)
except AssertionError as ex:
    print(len(str(ex)), str(ex)[-10:])
print(typing.Sized.__doc__, typing.List.__doc__)
print(sorted(typing.__all__) == sorted(set(typing.__all__)), all(hasattr(typing, n) for n in typing.__all__))
