# gather, wait, wait_for, as_completed and shield.
import asyncio


async def job(name, delay, result=None, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f'{name} failed')
    return result if result is not None else name


async def main():
    # gather keeps argument order, not completion order.
    print(await asyncio.gather(job('slow', 0.02), job('fast', 0.0), job('mid', 0.01)))
    print(await asyncio.gather())
    print(await asyncio.gather(job('x', 0, fail=True), job('y', 0), return_exceptions=True))

    # wait with each return_when.
    tasks = [asyncio.create_task(job(n, d)) for n, d in [('a', 0.01), ('b', 0.05)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('FIRST_COMPLETED', sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print('ALL_COMPLETED', sorted(t.result() for t in done), len(pending))

    tasks = [asyncio.create_task(job('ok', 0.0)),
             asyncio.create_task(job('bad', 0.01, fail=True)),
             asyncio.create_task(job('slow', 0.2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION', len(done), len(pending), repr(tasks[1].exception()))
    done, pending = await asyncio.wait(pending, timeout=0.01)
    print('timeout', len(done), len(pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)

    for bad in ([], asyncio.sleep(0)):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
        if asyncio.iscoroutine(bad):
            bad.close()
    try:
        await asyncio.wait([asyncio.create_task(job('z', 0))], return_when='bogus')
    except ValueError as e:
        print('ValueError', e)

    # wait_for
    print(await asyncio.wait_for(job('quick', 0.0), timeout=1))
    try:
        await asyncio.wait_for(job('too slow', 1), timeout=0.01)
    except TimeoutError as e:
        print('wait_for timed out:', type(e).__name__, type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(job('zero', 0.01), timeout=0)
    except asyncio.TimeoutError:
        print('timeout=0 raises TimeoutError')
    print(await asyncio.wait_for(job('none', 0), None))

    # as_completed yields in completion order.
    order = []
    for coro in asyncio.as_completed([job('third', 0.03), job('first', 0.01), job('second', 0.02)]):
        order.append(await coro)
    print('as_completed', order)

    # shield: cancelling the outer await leaves the inner task running.
    inner = asyncio.create_task(job('shielded', 0.02))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled, inner cancelled?', inner.cancelled())
    print('inner result:', await inner)
    try:
        await asyncio.wait_for(asyncio.shield(job('slow shielded', 0.05)), 0.01)
    except TimeoutError:
        print('shielded wait_for timed out')


asyncio.run(main())
