import asyncio
async def ticker(log):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        log.append('ticker finally')
async def main():
    log = []
    gen = ticker(log)
    async for v in gen:
        if v == 2:
            break
    print('broke out at', v, log)
    await gen.aclose()
    print('after aclose', log)
asyncio.run(main())
