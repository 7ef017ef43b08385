import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10
async def main():
    print([x async for x in agen(4)])
    print([x async for x in agen(6) if x % 20 == 0])
    g = agen(3)
    print(type(g).__name__, await g.__anext__(), await anext(g))
    print(await anext(g), await anext(g, 'default'))
    try:
        await anext(g)
    except StopAsyncIteration:
        print('StopAsyncIteration')
async def echo():
    received = 'start'
    try:
        while True:
            received = yield f'echo {received}'
    finally:
        print('echo finalized')
async def main2():
    e = echo()
    print(await e.asend(None))
    print(await e.asend('one'))
    try:
        await e.athrow(ValueError('boom'))
    except ValueError as ex:
        print('athrow propagated', ex)
    e2 = echo()
    await e2.asend(None)
    await e2.aclose()
    print('closed')
asyncio.run(main())
asyncio.run(main2())
