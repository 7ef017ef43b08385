import asyncio
async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i)
    await q.put(None)
async def consumer(q, results):
    while True:
        item = await q.get()
        if item is None:
            break
        print('got', item)
        results.append(item * item)
async def main():
    q = asyncio.Queue(maxsize=2)
    results = []
    await asyncio.gather(producer(q, 5), consumer(q, results))
    print(results)
asyncio.run(main())
