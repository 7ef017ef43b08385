# Error behaviour: exceptions crossing task boundaries, misuse errors,
# the loop's exception handler, TaskGroup failures.
import asyncio


class AppError(Exception):
    pass


async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise AppError(msg)


async def main():
    # An exception in a task is re-raised by whoever awaits it.
    t = asyncio.create_task(fail('in task'))
    try:
        await t
    except AppError as e:
        print('caught', repr(e), 'task done:', t.done(), repr(t.exception()))

    # Awaiting a cancelled task raises CancelledError, which is a
    # BaseException and not an Exception.
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except Exception:
        print('not reached')
    except asyncio.CancelledError:
        print('CancelledError is BaseException:',
              issubclass(asyncio.CancelledError, BaseException),
              issubclass(asyncio.CancelledError, Exception))
    print('TimeoutError is builtin:', asyncio.TimeoutError is TimeoutError)

    # Misuse
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    coro = fail('never')
    try:
        asyncio.get_running_loop().run_until_complete(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    coro.close()
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print('TypeError:', e)

    # Exceptions in plain callbacks go to the loop's exception handler.
    loop = asyncio.get_running_loop()
    seen = []

    def handler(loop, context):
        seen.append((context['message'].split(' at ')[0],
                     repr(context.get('exception'))))

    loop.set_exception_handler(handler)
    print('handler installed:', loop.get_exception_handler() is handler)

    def broken_callback(x):
        raise AppError(f'callback {x}')

    loop.call_soon(broken_callback, 1)
    loop.call_soon(print, 'the loop keeps running')
    await asyncio.sleep(0)
    for item in seen:
        print(item)
    loop.set_exception_handler(None)

    # TaskGroup: one failure cancels the siblings.
    log = []

    async def sibling():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append('sibling cancelled')
            raise

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling())
            tg.create_task(fail('group member', 0.01))
            log.append('body done')
    except* AppError as eg:
        print('except* caught', [str(e) for e in eg.exceptions])
    print(log)

    async with asyncio.TaskGroup() as tg:
        results = [tg.create_task(asyncio.sleep(0, result=i)) for i in range(3)]
    print('group results', [r.result() for r in results])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail('member', 0.01))
            raise KeyError('body')
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, sorted(type(e).__name__ for e in eg.exceptions))

    tg = asyncio.TaskGroup()
    coro = asyncio.sleep(0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError:', str(e).replace(repr(tg), 'TG'))
    coro.close()


try:
    asyncio.run(main())
finally:
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print('after run:', e)

try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError:', e)


async def top():
    raise AppError('escapes asyncio.run')

try:
    asyncio.run(top())
except AppError as e:
    print('asyncio.run raised', repr(e))
