import asyncio
class ACounter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i
async def main():
    async for v in ACounter(3):
        print('item', v)
    else:
        print('async for else')
    total = 0
    async for v in ACounter(4):
        if v == 3:
            break
        total += v
    print('total', total)
asyncio.run(main())
