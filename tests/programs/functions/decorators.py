import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f'call {fn.__name__}{args}')
        result = fn(*args, **kwargs)
        print(f'ret {result!r}')
        return result
    return wrapper
@trace
def add(a, b):
    """Add two things."""
    return a + b
add(1, 2)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(x):
    return 'hi ' + x
print(hello('bob'))
def first(fn):
    print('applying first')
    return lambda: 'first(' + fn() + ')'
def second(fn):
    print('applying second')
    return lambda: 'second(' + fn() + ')'
@first
@second
def base():
    return 'base'
print(base())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def a(): pass
@register
def b(): pass
print(registry)
@(lambda fn: fn.__name__.upper())
def shout(): pass
print(shout)
def deco_class(cls):
    cls.tag = 'decorated'
    return cls
@deco_class
class K: pass
print(K.tag)
