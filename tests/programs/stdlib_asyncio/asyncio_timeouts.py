# asyncio.timeout / timeout_at context managers and Timeout objects.
import asyncio


async def main():
    # timeout context managers
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout expired:', cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print('not expired:', cm.expired())
    async with asyncio.timeout(None) as cm:
        print('when None:', cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 5)
        print('rescheduled:', cm.when() is not None)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('inner saw CancelledError')
                raise
    except TimeoutError:
        print('timeout_at expired')
    print('current task cancelling():', asyncio.current_task().cancelling())


    # Nested timeouts: only the one that expired converts the cancellation.
    try:
        async with asyncio.timeout(1) as outer_cm:
            try:
                async with asyncio.timeout(0.01) as inner_cm:
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner expired', inner_cm.expired(), outer_cm.expired())
            await asyncio.sleep(0)
        print('outer finished', outer_cm.expired())
    except TimeoutError:
        print('unexpected outer timeout')

    # An already-passed deadline expires at the next suspension point.
    try:
        async with asyncio.timeout(-1):
            print('body runs')
            await asyncio.sleep(0)
            print('not reached')
    except TimeoutError:
        print('negative delay expired')

    # A real cancellation inside a timeout stays a CancelledError.
    async def victim():
        async with asyncio.timeout(5):
            await asyncio.sleep(1)
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('victim cancelled, not timed out')

    cm = asyncio.timeout(1)
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print('RuntimeError', e)


asyncio.run(main())
