def first[T](items: list[T]) -> T:
    return items[0]
def pair[A, B](a: A, b: B) -> tuple[A, B]:
    return (a, b)
print(first([3, 2, 1]), first('xyz'), pair(1, 'one'))
print(first.__type_params__, pair.__type_params__)
T = first.__type_params__[0]
print(T.__name__, repr(T), first.__annotations__)
print(T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__, T.__infer_variance__)
print('type params do not leak:', 'A' in globals(), 'B' in globals())
def outer[X]():
    def inner(x: X) -> X:
        return x
    return inner
print(outer().__annotations__)
