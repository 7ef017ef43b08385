# TypeVar, Generic classes, ParamSpec, Concatenate and TypeVarTuple.
from typing import (Generic, TypeVar, ParamSpec, Concatenate, TypeVarTuple,
                    Callable, Dict, List, Tuple, Unpack, Union, get_args,
                    get_origin)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
N = TypeVar('N', int, float)
B = TypeVar('B', bound=str)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
Inf = TypeVar('Inf', infer_variance=True)

print(T, N, B, Co, Contra, Inf)
print(T.__name__, N.__constraints__, B.__bound__, T.__bound__, T.__constraints__)
print(Co.__covariant__, Co.__contravariant__, Contra.__contravariant__,
      Inf.__infer_variance__, T.__infer_variance__)
print(T == T, T == TypeVar('T'), T | int, int | T)
print(TypeVar('X', bound='Forward').__bound__)

for expr in ["TypeVar('X', int)", "TypeVar('X', int, str, bound=int)",
             "TypeVar('X', covariant=True, contravariant=True)",
             "TypeVar(3)"]:
    try:
        eval(expr)
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


class Pair(Generic[K, V]):
    pass


print(Box.__parameters__, Box.__orig_bases__, Box.__bases__)
print(Box.__mro__)
print(Box[int], Box[List[str]], Pair[str, int], Pair[str, T], Pair[str, T][bytes])
print(Box[int].__origin__ is Box, Box[int].__args__, Pair[K, int].__parameters__)
b = Box[int](5)
print(b.get(), type(b).__name__, b.__orig_class__)
print(Box(3).get(), hasattr(Box(3), '__orig_class__'))
print(Box[int] == Box[int], Box[int] == Box[str], get_origin(Box[int]), get_args(Pair[int, str]))


class IntBox(Box[int]):
    pass


class Sub(Box[T]):
    pass


class Mixed(Pair[K, V], Box[V]):
    pass


class Explicit(Box[T], Generic[K, T]):
    pass


print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox.__mro__)
print(Sub.__parameters__, Sub[int], Mixed.__parameters__, Explicit.__parameters__)
print(IntBox(4).get(), Sub[str]('s').get())

for code in ['Box[int, str]', 'Pair[int]', 'IntBox[int]', 'Generic[int]',
             'Generic[T, T]', 'Generic[()]', 'Box[int][str]']:
    try:
        print(code, eval(code))
    except TypeError as e:
        print(code, '!!', type(e).__name__, e)

for src in ['class Bad(Generic): pass',
            'class Bad(Generic[T], Generic[K]): pass',
            'class Bad(Box[K], Generic[T]): pass']:
    try:
        exec(src)
    except TypeError as e:
        print(src, '!!', type(e).__name__, e)

# Generic aliases with type variables substitute.
Mapping = Dict[str, T]
print(Mapping, Mapping.__parameters__, Mapping[int], List[Tuple[K, V]][int, str])
Fn = Callable[[T], K]
print(Fn, Fn.__parameters__, Fn[int, str])
print(Union[T, int][str], Union[T, None][bytes])
try:
    Mapping[int, str]
except TypeError as e:
    print(type(e).__name__, e)

# ParamSpec and Concatenate
P = ParamSpec('P')
print(P, P.args, P.kwargs, P.args.__origin__ is P, P.__name__)
C1 = Callable[P, int]
print(C1, C1.__parameters__, C1.__args__)
C2 = Callable[Concatenate[str, P], int]
print(C2, C2.__parameters__)
print(Concatenate[int, P], Concatenate[int, P].__args__)
print(C1[[str, bytes]], C1[...])


class Wrapper(Generic[P]):
    pass


print(Wrapper[[int, str]], Wrapper[int, str], Wrapper[...])
for expr in ['Concatenate[int]', 'Concatenate[()]']:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '!!', type(e).__name__, e)

# TypeVarTuple
Ts = TypeVarTuple('Ts')
print(Ts, Ts.__name__, Unpack[Ts], list(Ts), Tuple[Unpack[Ts]])
print(Tuple[int, Unpack[Ts]].__parameters__)


class Array(Generic[Unpack[Ts]]):
    pass


print(Array.__parameters__, Array[int, str], Array[()])
