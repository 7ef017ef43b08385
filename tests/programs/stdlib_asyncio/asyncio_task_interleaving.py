# Ordering of task steps, call_soon callbacks, done callbacks and timers.
import asyncio

log = []


async def worker(name, n):
    for i in range(n):
        log.append(f'{name}:{i}')
        await asyncio.sleep(0)
    return name.upper()


def cb(tag):
    log.append(f'cb:{tag}')


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 'first')
    t1 = asyncio.create_task(worker('a', 3))
    loop.call_soon(cb, 'second')
    t2 = asyncio.create_task(worker('b', 2), name='bee')
    t1.add_done_callback(lambda t: log.append(f'done:{t.get_name() == "bee"}:{t.result()}'))
    t2.add_done_callback(lambda t: log.append(f'done:{t.get_name()}:{t.result()}'))
    log.append('created')
    await asyncio.sleep(0)
    log.append('main after sleep(0)')
    results = await asyncio.gather(t1, t2)
    log.append(f'gathered {results}')

    # Timers fire by deadline, ties in insertion order.
    loop.call_later(0.02, cb, 'late')
    loop.call_later(0.01, cb, 'early')
    when = loop.time() + 0.015
    loop.call_at(when, cb, 'at-1')
    loop.call_at(when, cb, 'at-2')
    h = loop.call_later(0.012, cb, 'cancelled')
    h.cancel()
    print('handle cancelled:', h.cancelled())
    await asyncio.sleep(0.03)

    # Many timers with the same deadline come out in heap order, exactly
    # as CPython's heapq-based scheduler produces them.
    ties = []
    when = loop.time() + 0.01
    for i in range(7):
        loop.call_at(when, ties.append, i)
    await asyncio.sleep(0.02)
    print('tied timers:', ties)

    # A task created inside another task runs after the current step.
    async def child():
        log.append('child runs')
        return 7

    c = asyncio.create_task(child())
    log.append('parent continues')
    log.append(f'child result {await c}')

    # Tasks that finish before being awaited.
    t3 = asyncio.create_task(worker('c', 1))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('t3 done before await:', t3.done(), t3.result())
    print('names:', t2.get_name(), t1.get_name().startswith('Task-'))
    t2.set_name('renamed')
    print('renamed:', t2.get_name())


asyncio.run(main())
for line in log:
    print(line)
