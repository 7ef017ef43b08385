# Async generators and async context managers driven by the event loop,
# interleaved with other tasks.
import asyncio

log = []


async def ticker(name, n):
    for i in range(n):
        await asyncio.sleep(0)
        yield f'{name}{i}'


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        log.append(f'open {self.name}')
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        log.append(f'close {self.name} ({et.__name__ if et else None})')
        return False


async def consume(name, n):
    async with Resource(name):
        async for item in ticker(name, n):
            log.append(item)
    return name


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.current -= 1
        return self.current


async def main():
    print(await asyncio.gather(consume('a', 3), consume('b', 2)))
    print('\n'.join(log))
    print([x async for x in Countdown(4)])
    print([x async for x in ticker('t', 5) if x.endswith(('1', '3'))])

    gen = ticker('g', 10)
    print(await gen.__anext__(), await gen.asend(None))
    await gen.aclose()
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print('closed generator is exhausted')

    # A task iterating an async generator can be cancelled mid-iteration.
    seen = []

    async def endless():
        i = 0
        try:
            while True:
                await asyncio.sleep(0)
                yield i
                i += 1
        finally:
            seen.append('generator cleanup')

    async def reader():
        agen = endless()
        try:
            async for v in agen:
                seen.append(v)
        finally:
            await agen.aclose()

    t = asyncio.create_task(reader())
    for _ in range(4):
        await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(seen, t.cancelled())


asyncio.run(main())
