def f[T](x: 'Undefined1') -> T:
    return x
print(f.__annotations__)
class Holder[T]:
    value: T
    other: 'int'
print(Holder.__annotations__)
type A[T] = dict[str, T]
print(A[int].__value__ if hasattr(A[int], '__value__') else A[int])
print(A.__value__)
