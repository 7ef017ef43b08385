import asyncio
class AResource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await asyncio.sleep(0)
        print('aenter', self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        print('aexit', self.name, et.__name__ if et else None)
        return self.suppress
async def main():
    async with AResource('a') as a, AResource('b') as b:
        print('body', a.name, b.name)
    async with AResource('s', suppress=True):
        raise KeyError('suppressed')
    try:
        async with AResource('p'):
            raise ValueError('propagates')
    except ValueError as e:
        print('caught', e)
asyncio.run(main())
from contextlib import asynccontextmanager
@asynccontextmanager
async def managed(tag):
    print('setup', tag)
    try:
        yield tag.upper()
    finally:
        print('teardown', tag)
async def main2():
    async with managed('db') as handle:
        print('using', handle)
asyncio.run(main2())
