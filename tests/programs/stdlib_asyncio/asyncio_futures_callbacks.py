# Future API: results, exceptions, callbacks, InvalidStateError, reprs
# that contain no addresses, and loop-level run_until_complete usage.
import asyncio


def show(tag):
    def cb(fut):
        if fut.cancelled():
            state = 'cancelled'
        elif fut.exception() is not None:
            state = f'exception {fut.exception()!r}'
        else:
            state = f'result {fut.result()!r}'
        print(f'callback {tag}: {state}')
    return cb


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut), fut.done(), fut.cancelled())
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    fut.add_done_callback(show('one'))
    cb2 = show('two')
    fut.add_done_callback(cb2)
    fut.add_done_callback(cb2)
    print('removed', fut.remove_done_callback(cb2))
    fut.set_result(42)
    print(repr(fut))
    print('callbacks not run yet')
    await asyncio.sleep(0)
    fut.add_done_callback(show('late'))   # scheduled with call_soon
    print('after add on done future')
    await asyncio.sleep(0)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print('set_result twice -> InvalidStateError')
    print('await done future:', await fut)

    fut = loop.create_future()
    fut.add_done_callback(show('exc'))
    fut.set_exception(ValueError('bad value'))
    print(repr(fut))
    try:
        await fut
    except ValueError as e:
        print('await raised', repr(e))
    await asyncio.sleep(0)

    fut = loop.create_future()
    fut.set_exception(KeyError)          # classes are instantiated
    print('exception class ->', repr(fut.exception()))
    try:
        loop.create_future().set_exception(StopIteration())
    except TypeError as e:
        print('TypeError:', e)

    fut = loop.create_future()
    fut.add_done_callback(show('cancel'))
    print('cancel ->', fut.cancel('reason'), fut.cancel(), repr(fut))
    try:
        await fut
    except asyncio.CancelledError as e:
        print('await cancelled future:', e.args)
    await asyncio.sleep(0)

    # A future resolved later by a timer.
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 'from timer')
    print(await fut)

    # Tasks are futures too.
    async def compute():
        return 'computed'
    task = asyncio.ensure_future(compute())
    print(isinstance(task, asyncio.Future), isinstance(task, asyncio.Task),
          asyncio.isfuture(task), asyncio.isfuture(compute))
    print(await task, repr(task).startswith("<Task finished name='Task-"))
    print(asyncio.ensure_future(task) is task)
    try:
        task.set_result(1)
    except RuntimeError as e:
        print('RuntimeError:', e)

    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return 'custom awaitable'
    print(await asyncio.ensure_future(Awaitable()))
    try:
        asyncio.ensure_future(123)
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


print('run_until_complete:', loop.run_until_complete(add(2, 3)))
print(loop.is_running(), loop.is_closed())
loop.call_soon(print, 'callback via run_forever')
loop.call_soon(loop.stop)
loop.call_soon(print, 'same iteration as stop()')
loop.run_forever()
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, 'timer result')
print(loop.run_until_complete(fut))
print(asyncio.get_event_loop() is loop)
loop.close()
print(loop.is_closed())
coro = add(1, 1)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print('RuntimeError:', e)
coro.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
