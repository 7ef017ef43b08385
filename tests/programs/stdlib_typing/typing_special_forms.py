# Any, Self, Never and the other special forms; IO classes; TypeAliasType.
import sys
import typing
from typing import *

print(Any, Self, Never, NoReturn, LiteralString, TypeAlias, TypeGuard[int])
print(Required[int], NotRequired[str], Unpack, Concatenate, Literal)
print(Text is str, AnyStr, AnyStr.__constraints__, TYPE_CHECKING)
print(typing.Pattern, typing.Match, typing.Pattern[str], typing.Match[bytes])
print(IO, TextIO, BinaryIO, IO[str], TextIO.__mro__)
print(IO.__parameters__, BinaryIO.__orig_bases__, TextIO.__orig_bases__)
print(Hashable, Sized, ContextManager[int], AsyncContextManager[str])
print(Deque[int], DefaultDict[str, int], OrderedDict[str, int], Counter[str], ChainMap[str, int])
print(AbstractSet[int], MutableSet[int], KeysView[str], ItemsView[str, int], ValuesView[int])
print(Reversible[int], Container[int], Collection[int], MappingView[int])
print(AsyncIterable[int], AsyncGenerator[int, None], MutableSequence[int])


class Dog(Any):
    def bark(self):
        return 'woof'


print(Dog().bark(), Dog.__mro__[1] is Any)

for expr in ['Self()', 'Never()', 'NoReturn[int]', 'Self[int]', 'TypeGuard[int, str]',
             'Required[int, str]', 'Unpack[int, str]', 'isinstance(1, Any)',
             'Generic()', 'Protocol()']:
    try:
        r = eval(expr)
        print(expr, '->', type(r).__name__)
    except TypeError as e:
        print(expr, '!!', type(e).__name__, e)

print(Self.__name__, Union.__name__, Optional._name, Any.__name__, Any.__module__)
print(Union[int, str].__module__, List[int].__module__, Callable.__module__)

# TypeAliasType
Vector = TypeAliasType('Vector', List[float])
print(Vector, Vector.__name__, Vector.__value__, Vector.__type_params__, Vector.__module__)
T = TypeVar('T')
Pairs = TypeAliasType('Pairs', List[Tuple[T, T]], type_params=(T,))
print(Pairs.__type_params__, Pairs[int], Pairs[int].__origin__ is Pairs)
try:
    Vector[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Sub(TypeAliasType):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# reveal_type writes to stderr and returns its argument
sys.stdout.flush()
print(reveal_type(3) + 1)
sys.stderr.flush()
print(sorted(n for n in ['Any', 'List', 'Protocol', 'NamedTuple', 'cast', 'overload']
             if n in typing.__all__))
