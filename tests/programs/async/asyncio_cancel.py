import asyncio
async def long_running(log):
    try:
        while True:
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append('cancelled inside')
        raise
    finally:
        log.append('finally inside')
async def main():
    log = []
    t = asyncio.create_task(long_running(log))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append('caller saw CancelledError')
    print(log, t.cancelled(), t.done())
asyncio.run(main())
