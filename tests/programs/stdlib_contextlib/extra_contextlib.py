import asyncio
from contextlib import (ExitStack, AsyncExitStack, contextmanager, suppress,
                        AbstractContextManager, nullcontext, closing)

print(AbstractContextManager[int])

# class-only exception details passed straight through to callbacks
def show(t, v, tb):
    print("got", t.__name__ if t else None, v)
    return True
stack = ExitStack()
stack.push(show)
print(stack.__exit__(KeyError, None, None))
print(ExitStack().__exit__(None, None, None))

# chaining of async exit callbacks
async def boom(msg):
    raise ValueError(msg)

async def main():
    try:
        async with AsyncExitStack() as st:
            st.push_async_callback(boom, "first registered")
            st.push_async_callback(boom, "second registered")
            raise KeyError("body")
    except ValueError as e:
        c = e
        while c is not None:
            print(type(c).__name__, c)
            c = c.__context__
    st = AsyncExitStack()
    async def cb(x):
        print("cb", x)
    print(st.push_async_callback(cb, 1) is cb)
    print(st._exit_callbacks[0][0], st._exit_callbacks[0][1].__wrapped__ is cb)
    await st.aclose()
asyncio.run(main())

# generator manager details
@contextmanager
def gen_cm(x):
    yield x * 2
cm = gen_cm(4)
print(cm.__doc__ is None, type(cm.gen).__name__)
with cm as v:
    print(v)

# suppress with a group that is fully unmatched
try:
    with suppress(KeyError):
        raise ExceptionGroup("g", [ValueError(1)])
except ExceptionGroup as e:
    print("group", e.exceptions)

# nested ExitStack: pop_all keeps type
class MyStack(ExitStack):
    pass
s = MyStack()
s.callback(print, "from moved stack")
moved = s.pop_all()
print(type(moved).__name__)
moved.close()

# enter_context returns __enter__ value; exit order
with ExitStack() as st:
    a = st.enter_context(nullcontext("A"))
    st.enter_context(closing(type("T", (), {"close": lambda self: print("closed T")})()))
    print(a)

# exceptions replaced inside generator keep body exception as context
@contextmanager
def replace():
    try:
        yield
    except KeyError:
        raise ValueError("replacement")
try:
    with replace():
        raise KeyError("orig")
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__)
