import asyncio, inspect, types
async def coro_fn(x):
    return x
async def agen_fn():
    yield 1
c = coro_fn(1)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_code.co_name, c.cr_running)
print(inspect.iscoroutinefunction(coro_fn), inspect.iscoroutine(c), inspect.isawaitable(c))
print(inspect.isasyncgenfunction(agen_fn), inspect.isasyncgen(agen_fn()), inspect.iscoroutinefunction(agen_fn))
print(isinstance(c, types.CoroutineType), repr(c).startswith('<coroutine object coro_fn at'))
c.close()
print(inspect.getcoroutinestate(c))
c2 = coro_fn(2)
try:
    c2.send(None)
except StopIteration as e:
    print('value', e.value)
print(inspect.getcoroutinestate(c2))
c3 = coro_fn(3)
try:
    iter(c3)
except TypeError as e:
    print(type(e).__name__, e)
finally:
    c3.close()
