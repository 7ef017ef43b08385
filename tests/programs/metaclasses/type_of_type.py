print(type(type), type(type(type)), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(type.__mro__, type.__bases__, object.__class__)
class M(type):
    pass
class C(metaclass=M):
    pass
print(type(C), type(type(C)), M.__class__, C.__class__.__class__)
print(type.__name__, type.__qualname__, type.__module__, M.__module__)
print(int.__class__, type(None).__class__, type(len).__class__)
print(callable(type), type.__call__ is type.__dict__['__call__'])
try:
    type.__new__(int, 'X', (), {})
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(M, type), issubclass(type, M), type.__instancecheck__(M, C))
