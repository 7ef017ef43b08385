def f(a, b=2, *args, c, d=5, **kw):
    """doc"""
    x = 1
    return x
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
print(f.__code__.co_varnames)
f.custom = 'attr'
print(f.custom, f.__dict__)
print(callable(f), callable(5), callable(print), callable(type))
f.__name__ = 'renamed'
print(f.__name__)
def g(): pass
print(g.__defaults__, g.__kwdefaults__, g.__closure__, g.__globals__ is globals())
print(repr(print), repr(len))
import math
print(repr(math.sqrt))
