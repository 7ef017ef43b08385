from contextlib import (AbstractContextManager, AbstractAsyncContextManager,
                        ContextDecorator, ExitStack, nullcontext, suppress, closing)

class Mine(AbstractContextManager):
    def __exit__(self, *exc):
        return None

m = Mine()
with m as got:
    print(got is m)

class Missing(AbstractContextManager):
    pass
try:
    Missing()
except TypeError as e:
    print(type(e).__name__, e)

class Duck:
    def __enter__(self): return self
    def __exit__(self, *a): return None

class Half:
    def __enter__(self): return self

print(issubclass(Duck, AbstractContextManager), isinstance(Duck(), AbstractContextManager))
print(issubclass(Half, AbstractContextManager))
print(isinstance(ExitStack(), AbstractContextManager), isinstance(nullcontext(), AbstractAsyncContextManager))
print(isinstance(suppress(), AbstractContextManager), isinstance(closing(None), AbstractContextManager))

class ADuck:
    async def __aenter__(self): return self
    async def __aexit__(self, *a): return None
print(issubclass(ADuck, AbstractAsyncContextManager), issubclass(Duck, AbstractAsyncContextManager))

class track(ContextDecorator):
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False

@track("f")
def f(a, b=2):
    """Doc of f."""
    print("in f", a, b)
    return a + b

print(f.__name__, f.__doc__, f.__wrapped__.__name__)
print(f(1))
try:
    @track("g")
    def g():
        raise ValueError("g failed")
    g()
except ValueError as e:
    print("caught", e)

with track("plain"):
    print("body")

class quiet(ContextDecorator):
    def __enter__(self): return self
    def __exit__(self, *exc): return True

@quiet()
def h():
    raise KeyError
print("h returned", h())
