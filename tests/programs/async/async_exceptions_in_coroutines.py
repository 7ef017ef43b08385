import asyncio
async def fails():
    await asyncio.sleep(0)
    raise KeyError('missing')
async def wrapper():
    try:
        await fails()
    except KeyError as e:
        raise RuntimeError('wrapped') from e
async def main():
    try:
        await wrapper()
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__))
    task = asyncio.create_task(fails())
    try:
        await task
    except KeyError as e:
        print('task raised', repr(e), task.done(), repr(task.exception()))
    async def finally_runs():
        try:
            await asyncio.sleep(0)
            return 'value'
        finally:
            print('coroutine finally')
    print(await finally_runs())
asyncio.run(main())
