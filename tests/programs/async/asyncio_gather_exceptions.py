import asyncio
async def ok(v):
    await asyncio.sleep(0)
    return v
async def bad(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)
async def main():
    print(await asyncio.gather(ok(1), ok(2)))
    print(await asyncio.gather(ok(1), bad('x'), ok(3), return_exceptions=True))
    try:
        await asyncio.gather(ok(1), bad('first failure'))
    except ValueError as e:
        print('gather raised', e)
    try:
        await bad('direct')
    except ValueError as e:
        print('awaited raised', e)
asyncio.run(main())
