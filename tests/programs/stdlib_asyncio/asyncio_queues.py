# Queue, LifoQueue and PriorityQueue: blocking put/get, nowait variants,
# task_done/join, cancellation of blocked getters, str() formatting.
import asyncio


async def main():
    q = asyncio.Queue()
    print(q.empty(), q.full(), q.qsize(), q.maxsize, str(q))
    for i in range(3):
        q.put_nowait(i)
    print(str(q))
    print([q.get_nowait() for _ in range(3)])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')

    bounded = asyncio.Queue(maxsize=1)
    bounded.put_nowait('x')
    try:
        bounded.put_nowait('y')
    except asyncio.QueueFull:
        print('QueueFull', bounded.full())

    lifo = asyncio.LifoQueue()
    for item in 'abc':
        await lifo.put(item)
    print('lifo', [await lifo.get() for _ in range(3)])

    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (4, 'd'), (2, 'b'), (5, 'e'), (0, 'z')]:
        pq.put_nowait(item)
    print(str(pq))
    print('priority', [pq.get_nowait()[1] for _ in range(pq.qsize())])

    # Producers block on a full queue, consumers on an empty one.
    log = []
    q = asyncio.Queue(maxsize=2)

    async def producer(name, items):
        for item in items:
            await q.put(item)
            log.append(f'{name} put {item}')

    async def consumer(name):
        while True:
            item = await q.get()
            log.append(f'{name} got {item}')
            await asyncio.sleep(0)
            q.task_done()

    consumers = [asyncio.create_task(consumer(f'c{i}')) for i in range(2)]
    await asyncio.gather(producer('p1', [1, 2, 3]), producer('p2', [10, 20]))
    await q.join()
    log.append(f'joined, unfinished={q._unfinished_tasks}')
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print('\n'.join(log))

    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)

    # A cancelled getter does not swallow an item.
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g1.cancel()
    q.put_nowait('only item')
    await asyncio.sleep(0)
    print('g1 cancelled', g1.cancelled(), 'g2 got', await g2)

    # wait_for on a get with a timeout.
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print('get timed out; getters left:', len(q._getters))

    # join() returns at once when nothing is unfinished.
    await asyncio.Queue().join()
    print('join on empty queue returned')


asyncio.run(main())
