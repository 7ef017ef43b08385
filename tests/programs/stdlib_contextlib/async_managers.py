import asyncio
from contextlib import (asynccontextmanager, aclosing, AsyncExitStack,
                        nullcontext, AsyncContextDecorator, contextmanager)

log = []

@asynccontextmanager
async def resource(name):
    """Async resource."""
    log.append("acquire " + name)
    try:
        yield name.upper()
    finally:
        log.append("release " + name)

@asynccontextmanager
async def no_yield():
    if False:
        yield

@asynccontextmanager
async def two():
    yield 1
    yield 2

@asynccontextmanager
async def swallow():
    try:
        yield
    except ValueError as e:
        log.append("swallowed " + str(e))

@asynccontextmanager
async def stubborn():
    while True:
        try:
            yield
        except Exception:
            pass

class AGen:
    def __init__(self):
        self.closed = False
    async def aclose(self):
        self.closed = True
        log.append("aclosed")

class Deco(AsyncContextDecorator):
    async def __aenter__(self):
        log.append("deco enter")
        return self
    async def __aexit__(self, *exc):
        log.append("deco exit")
        return False

@Deco()
async def decorated(x):
    log.append("decorated body")
    return x + 1

async def main():
    print(resource.__name__, resource.__doc__)
    async with resource("db") as r:
        log.append("using " + r)
    print(log); log.clear()

    try:
        async with resource("x"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", e, log)
    log.clear()

    for cm, label in ((no_yield, "no_yield"), (two, "two"), (stubborn, "stubborn")):
        try:
            async with cm():
                if label == "stubborn":
                    raise ValueError("v")
        except RuntimeError as e:
            print(label, type(e).__name__, e)

    async with swallow():
        raise ValueError("gone")
    print(log); log.clear()

    try:
        async with resource("s"):
            raise StopAsyncIteration("sai")
    except StopAsyncIteration as e:
        print("StopAsyncIteration propagated", e)
    log.clear()

    g = AGen()
    async with aclosing(g) as got:
        print(got is g)
    print(g.closed, log); log.clear()

    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(resource("a"))
        b = stack.enter_context(nullcontext("sync"))
        async def acb(x):
            log.append("async cb " + x)
        stack.push_async_callback(acb, "1")
        stack.callback(log.append, "sync cb")
        async def aexit(t, v, tb):
            log.append("push_async_exit " + str(t))
        stack.push_async_exit(aexit)
        print(a, b)
    print(log); log.clear()

    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(nullcontext())
            await stack.enter_async_context(object())
    except TypeError as e:
        print(type(e).__name__, e)

    async def suppressor(t, v, tb):
        return True
    async with AsyncExitStack() as stack:
        stack.push_async_exit(suppressor)
        raise ValueError("suppressed by async exit")
    print("after suppression")

    stack = AsyncExitStack()
    await stack.enter_async_context(resource("late"))
    other = stack.pop_all()
    await stack.aclose()
    print(log)
    await other.aclose()
    print(log); log.clear()

    async with nullcontext(5) as n:
        print("async null", n)

    print(await decorated(1), log); log.clear()

asyncio.run(main())
