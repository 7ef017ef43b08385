import asyncio
async def job(n, fail=False):
    await asyncio.sleep(0)
    if fail:
        raise ValueError(f'job {n} failed')
    return n * 100
async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job(1))
        t2 = tg.create_task(job(2))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(3, fail=True))
            tg.create_task(job(4, fail=True))
    except* ValueError as eg:
        print(type(eg).__name__, sorted(str(e) for e in eg.exceptions))
asyncio.run(main())
