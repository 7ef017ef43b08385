import collections.abc as cabc, typing
from collections.abc import AsyncIterator, Awaitable, Coroutine, AsyncIterable, AsyncGenerator, ByteString, Buffer
async def co(): pass
async def ag(): yield 1
c = co()
class AI:
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration
print(isinstance(c, Coroutine), isinstance(c, Awaitable), isinstance(ag(), AsyncGenerator), isinstance(AI(), AsyncIterator), isinstance(AI(), AsyncIterable))
print(isinstance(bytearray(), Buffer), isinstance("s", Buffer), issubclass(list, AsyncIterable))
print(typing.AsyncIterator[int], typing.Coroutine[int, str, float], typing.Awaitable, AsyncIterator.__module__)
c.close()
class MyAI(AsyncIterator):
    async def __anext__(self): raise StopAsyncIteration
print(MyAI().__aiter__().__class__.__name__, sorted(cabc.__all__)[:5])
try:
    AsyncIterator()
except TypeError as e:
    print(e)
