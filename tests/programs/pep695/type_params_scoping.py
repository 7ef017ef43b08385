T = 'module-level T'
def f[T](x: T) -> T:
    return x
print(T, f.__type_params__[0].__name__)
class C[T]:
    attr = 'class attr'
    def method(self) -> T:
        return T
print(C().method().__name__, T)
class Outer:
    Alias = int
    def m[U](self, x: Alias) -> U:
        pass
print(Outer.m.__annotations__)
def uses_closure():
    local = 'closure value'
    def g[V]() -> V:
        return local
    return g()
print(uses_closure())
class Base[T]:
    pass
class Derived[T](Base[T]):
    pass
print(Derived.__type_params__, Derived.__orig_bases__ if hasattr(Derived, '__orig_bases__') else '')
