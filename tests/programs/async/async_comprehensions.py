import asyncio
async def square(x):
    await asyncio.sleep(0)
    return x * x
async def numbers(n):
    for i in range(n):
        yield i
async def main():
    print([await square(i) for i in range(4)])
    print({i: await square(i) for i in range(3)})
    print({x async for x in numbers(5)})
    print({x: x async for x in numbers(2)})
    print([y async for x in numbers(3) for y in range(x)])
    gen = (await square(x) async for x in numbers(3))
    print(type(gen).__name__, [v async for v in gen])
asyncio.run(main())
