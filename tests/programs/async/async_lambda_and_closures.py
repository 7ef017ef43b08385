import asyncio
def make_coro_factory(multiplier):
    async def scaled(x):
        await asyncio.sleep(0)
        return x * multiplier
    return scaled
async def main():
    triple = make_coro_factory(3)
    results = await asyncio.gather(*(triple(i) for i in range(4)))
    print(results)
    counter = 0
    async def bump():
        nonlocal counter
        counter += 1
        await asyncio.sleep(0)
    await asyncio.gather(bump(), bump(), bump())
    print(counter)
    class Service:
        async def fetch(self, key):
            return f'value for {key}'
        @staticmethod
        async def static():
            return 'static coroutine'
        @classmethod
        async def cm(cls):
            return cls.__name__
    s = Service()
    print(await s.fetch('k'), await Service.static(), await Service.cm())
asyncio.run(main())
