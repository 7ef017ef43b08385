# Lock, Event, Condition, Semaphore, BoundedSemaphore and Barrier, with the
# order in which waiters are released.
import asyncio


def state(obj):
    # The repr of locks contains an address: keep only the [...] part.
    text = repr(obj)
    return text[text.index('['):]


async def main():
    log = []

    # Lock: FIFO hand-over, cancellation of a waiter.
    lock = asyncio.Lock()
    print('lock', state(lock))

    async def locker(name, hold):
        async with lock:
            log.append(f'{name} acquired')
            for _ in range(hold):
                await asyncio.sleep(0)
            log.append(f'{name} releasing')

    tasks = [asyncio.create_task(locker(n, 2)) for n in 'abc']
    await asyncio.sleep(0)
    print('lock while held', state(lock))
    tasks[1].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print('b cancelled:', tasks[1].cancelled(), state(lock))
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    print('acquire ->', await lock.acquire(), lock.locked())
    lock.release()

    # Event
    ev = asyncio.Event()

    async def waiter(name):
        log.append(f'{name} waits')
        await ev.wait()
        log.append(f'{name} woke, is_set={ev.is_set()}')

    ws = [asyncio.create_task(waiter(f'w{i}')) for i in range(3)]
    await asyncio.sleep(0)
    print('event', state(ev))
    ev.set()
    ev.clear()
    await asyncio.gather(*ws)
    ev.set()
    print('wait on set event:', await ev.wait(), state(ev))

    # Condition: notify(1), notify_all, wait_for.
    cond = asyncio.Condition()
    items = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append(f'{name} consumed {items.pop(0)}')

    cs = [asyncio.create_task(consumer(f'k{i}')) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        items.append('first')
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.extend(['second', 'third'])
        cond.notify_all()
    await asyncio.gather(*cs)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError:', e)

    # Semaphore: at most two holders at a time.
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0

    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            log.append(f's{i} in')
            for _ in range(3 - i % 3):
                await asyncio.sleep(0)
            active -= 1
            log.append(f's{i} out')

    print('semaphore', state(sem))
    await asyncio.gather(*(limited(i) for i in range(5)))
    print('peak', peak, state(sem))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)

    bsem = asyncio.BoundedSemaphore(1)
    await bsem.acquire()
    print('bounded locked', bsem.locked())
    bsem.release()
    try:
        bsem.release()
    except ValueError as e:
        print('ValueError:', e)

    # Barrier
    barrier = asyncio.Barrier(3)

    async def party(name):
        log.append(f'{name} arrives')
        index = await barrier.wait()
        log.append(f'{name} passes with index {index}')

    await asyncio.gather(*(party(p) for p in ['x', 'y', 'z']))
    print('barrier', barrier.parties, barrier.n_waiting, barrier.broken)

    print('\n'.join(log))


asyncio.run(main())
