# Reprs, __origin__/__args__ and get_origin/get_args of typing's aliases.
import collections.abc
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, List,
                    Literal, Optional, Set, Tuple, Type, Union, Annotated,
                    Iterable, Iterator, Generator, Sequence, Mapping,
                    MutableMapping, Awaitable, Coroutine, AsyncIterator,
                    get_args, get_origin)

print(Any, List, Dict, Callable, Tuple, Type, Union, Optional, ClassVar)
print(List[int], Dict[str, int], Set[bytes], FrozenSet[str], Type[int])
print(Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Callable[[int], str], Callable[[], None], Callable[..., int],
      Callable[[int, str], List[int]])
print(Iterable[int], Iterator[str], Generator[int, None, None])
print(Sequence[int], Mapping[str, int], MutableMapping[str, List[int]])
print(Awaitable[int], Coroutine[None, None, int], AsyncIterator[bytes])
print(List[Dict[str, Tuple[int, ...]]])
print(List['Node'], Dict[str, 'int'])

# Union: flattening, de-duplication, collapsing, Optional.
print(Union[int, str], Union[int, Union[str, bytes]], Union[int, int])
print(Union[int], Union[int, None], Optional[int], Optional[Union[int, str]])
print(Union[None, int], Union[int, str, None])
print(Union[int, str] == Union[str, int], Union[int, str] == Union[int])
print(hash(Union[int, str]) == hash(Union[str, int]))
print(Union[int, str].__args__, Optional[int].__args__)
print(Union[int, str].__origin__ is Union, Optional[int].__origin__ is Union)
print(Optional[str] | int, int | Optional[str])
print(List[int] | None)

# Literal
print(Literal[1, 'a', True, None], Literal[1, 1, 2], Literal[Literal[1, 2], 3])
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True])
print(Literal['x'].__args__)

# Final / ClassVar / Annotated
print(Final[int], ClassVar[List[int]], Annotated[int, 'meta', 3])
a = Annotated[Annotated[int, 'a'], 'b']
print(a, a.__origin__, a.__metadata__)
print(Annotated[int, 'x'] == Annotated[int, 'x'], Annotated[int, 'x'] == Annotated[int, 'y'])

# __origin__, __args__, __parameters__
print(List[int].__origin__, Dict[str, int].__args__, List.__origin__)
print(Callable[[int], str].__args__, Callable[..., str].__args__)
print(Tuple[int, ...].__args__, Tuple[()].__args__)
print(List[int] == List[int], List[int] == List[str], List[int] != Set[int])
print(hash(List[int]) == hash(List[int]), {List[int]: 1}[List[int]])
print(List[int].__origin__ is list, Iterable[int].__origin__ is collections.abc.Iterable)

# get_origin / get_args
for tp in [int, List, List[int], Dict[str, int], Union[int, str], Optional[int],
           Callable[[int, str], bool], Callable[..., int], Tuple[int, ...],
           Literal[1, 2], Annotated[int, 'm'], Final[int], ClassVar[str],
           typing.Generic, Type[int], Iterable[int]]:
    print(repr(tp), '->', get_origin(tp), get_args(tp))

# Errors
for expr in ['Union[()]', 'Optional[int, str]', 'Callable[int]',
             'Callable[int, str, bytes]', 'Dict[str]', 'List[int, str]',
             'Generator[int]', 'typing.NoReturn[int]', 'Any()', 'List()',
             'Dict()', 'Annotated[int]', 'Final[int, str]', 'ClassVar[int, str]',
             'Union[int, str]()', 'Literal[1]()', 'List[int][str]',
             'Union[int, str][int]', 'typing.Hashable[int]', 'typing.Sized[int]',
             'typing.Union[ClassVar[int], str]', 'List[Final]']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)

# Instantiating through an alias
print(typing.DefaultDict[str, int](int), typing.Deque[int]([1, 2]))
print(typing.Counter[str]('abca')['a'], typing.OrderedDict[str, int](a=1))

# Subclassing a special form is refused
for base in ['Union', 'Optional[int]', 'ClassVar', 'typing.Self']:
    try:
        exec(f'class Bad({base}): pass')
    except TypeError as e:
        print(base, type(e).__name__, e)
