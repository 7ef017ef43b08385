import asyncio
log = []
async def worker(name, steps):
    for i in range(steps):
        log.append(f'{name}{i}')
        await asyncio.sleep(0)
    return name
async def main():
    t1 = asyncio.create_task(worker('a', 3))
    t2 = asyncio.create_task(worker('b', 2))
    log.append('tasks created')
    r1 = await t1
    r2 = await t2
    print(r1, r2, t1.done(), t2.result())
asyncio.run(main())
print(log)
