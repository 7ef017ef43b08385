import asyncio
async def main():
    event = asyncio.Event()
    order = []
    async def waiter(name):
        order.append(f'{name} waiting')
        await event.wait()
        order.append(f'{name} released')
    tasks = [asyncio.create_task(waiter(n)) for n in 'ab']
    await asyncio.sleep(0)
    order.append('setting event')
    event.set()
    await asyncio.gather(*tasks)
    print(order)
    lock = asyncio.Lock()
    shared = []
    async def critical(tag):
        async with lock:
            shared.append(tag + '-in')
            await asyncio.sleep(0)
            shared.append(tag + '-out')
    await asyncio.gather(critical('x'), critical('y'))
    print(shared, lock.locked())
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, 'future value')
    print(await fut)
asyncio.run(main())
