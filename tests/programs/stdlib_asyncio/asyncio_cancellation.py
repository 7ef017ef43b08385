# Task cancellation: messages, cancelling()/uncancel(), cancelling a task
# before it starts, swallowing CancelledError, cancelled gather children.
import asyncio


async def sleeper(log, name, delay=1):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError as e:
        log.append(f'{name} cancelled args={e.args}')
        raise
    return name


async def stubborn(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append('stubborn ignores cancel')
    await asyncio.sleep(0)
    return 'survived'


async def main():
    log = []

    t = asyncio.create_task(sleeper(log, 'msg'))
    await asyncio.sleep(0)
    print('cancel() ->', t.cancel('stop now'), 'cancelling', t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaiting raised', type(e).__name__, e.args)
    print('state', t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result() raised CancelledError', e.args)
    try:
        t.exception()
    except asyncio.CancelledError:
        print('exception() raised CancelledError')

    # Cancelled before its first step: the coroutine body never runs.
    ran = []

    async def never():
        ran.append('ran')

    t = asyncio.create_task(never())
    t.cancel()
    await asyncio.sleep(0)
    print('cancelled before start:', t.cancelled(), ran)

    # A task that swallows the cancellation finishes normally.
    t = asyncio.create_task(stubborn(log))
    await asyncio.sleep(0)
    t.cancel()
    print('stubborn result:', await t, t.cancelled(), t.cancelling())
    print('uncancel ->', t.uncancel(), t.cancelling())

    # Cancelling twice counts twice.
    t = asyncio.create_task(sleeper(log, 'twice'))
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print('cancelling after two cancels:', t.cancelling())
    await asyncio.gather(t, return_exceptions=True)

    # gather: one child cancelled -> the gather raises CancelledError.
    a = asyncio.create_task(sleeper(log, 'ga', 0.01))
    b = asyncio.create_task(sleeper(log, 'gb', 1))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    b.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather raised CancelledError; a done:', a.done())
    print('a result', await a)

    # Cancelling the gather future cancels every child.
    c1 = asyncio.create_task(sleeper(log, 'c1'))
    c2 = asyncio.create_task(sleeper(log, 'c2'))
    g = asyncio.gather(c1, c2)
    await asyncio.sleep(0)
    print('gather.cancel() ->', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled:', c1.cancelled(), c2.cancelled())

    # return_exceptions=True turns cancellations into values.
    d1 = asyncio.create_task(sleeper(log, 'd1', 0))
    d2 = asyncio.create_task(sleeper(log, 'd2'))
    await asyncio.sleep(0)
    d2.cancel('why')
    res = await asyncio.gather(d1, d2, return_exceptions=True)
    print('gather values:', res[0], type(res[1]).__name__, res[1].args)

    # A task cancelling itself.
    async def suicide():
        asyncio.current_task().cancel()
        await asyncio.sleep(0)
        return 'unreachable'

    t = asyncio.create_task(suicide())
    try:
        await t
    except asyncio.CancelledError:
        print('self-cancelled:', t.cancelled())

    # The caller is cancelled while awaiting a task: the inner task is
    # cancelled too.
    inner = asyncio.create_task(sleeper(log, 'inner'))

    async def caller():
        return await inner

    outer = asyncio.create_task(caller())
    await asyncio.sleep(0)
    outer.cancel()
    await asyncio.gather(outer, return_exceptions=True)
    await asyncio.sleep(0)
    print('outer/inner cancelled:', outer.cancelled(), inner.cancelled())

    for line in log:
        print(line)


asyncio.run(main())
