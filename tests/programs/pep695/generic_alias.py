type Pair[T] = tuple[T, T]
type Mapping[K, V] = dict[K, list[V]]
print(Pair.__type_params__, Mapping.__type_params__)
print(Pair[int], Mapping[str, int])
print(Pair.__value__, type(Pair[int]).__name__)
T = Pair.__type_params__[0]
print(type(T).__name__, T.__name__, repr(T))
print(Pair[int].__origin__ is Pair, Pair[int].__args__)
