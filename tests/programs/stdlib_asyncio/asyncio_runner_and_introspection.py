# Runner, current_task/all_tasks, iscoroutinefunction, sleep(result=...),
# to_thread, eager task factory and loop bookkeeping.
import asyncio
import functools


async def coro_fn(x):
    await asyncio.sleep(0)
    return x * 2


class Thing:
    async def method(self):
        return 'method'

    def plain(self):
        return 'plain'


async def main():
    me = asyncio.current_task()
    print('current task name:', me.get_name(), me.get_coro().__name__)
    print('main in all_tasks:', me in asyncio.all_tasks())

    async def child(n):
        inner = asyncio.current_task()
        await asyncio.sleep(0)
        return inner.get_name()

    kids = [asyncio.create_task(child(i), name=f'kid{i}') for i in range(3)]
    print('running tasks:', len(asyncio.all_tasks()))
    print(sorted(t.get_name() for t in asyncio.all_tasks() if t is not me))
    print(await asyncio.gather(*kids))
    print('after gather:', len(asyncio.all_tasks()))

    print('sleep result:', await asyncio.sleep(0, result='r0'),
          await asyncio.sleep(0.001, result='r1'))

    thing = Thing()
    print('iscoroutinefunction:', [
        asyncio.iscoroutinefunction(f) for f in (
            coro_fn, thing.method, Thing.method, thing.plain,
            functools.partial(coro_fn, 1), print, lambda: None)])
    c = coro_fn(1)
    print('iscoroutine:', asyncio.iscoroutine(c), asyncio.iscoroutine(coro_fn))
    c.close()

    print('to_thread:', await asyncio.to_thread(sorted, [3, 1, 2]))
    loop = asyncio.get_running_loop()
    print('run_in_executor:', await loop.run_in_executor(None, pow, 2, 10))

    print('loop running:', loop.is_running(), loop.is_closed(),
          asyncio.get_event_loop() is loop)


asyncio.run(main())

with asyncio.Runner() as runner:
    print('runner 1:', runner.run(coro_fn(5)))
    print('runner 2:', runner.run(coro_fn(6)))
    loop = runner.get_loop()
    print('same loop:', asyncio.get_event_loop() is loop)
print('runner loop closed:', loop.is_closed())

# Tasks left pending when asyncio.run() returns are cancelled.
log = []


async def background():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append('background cancelled at shutdown')
        raise
    finally:
        log.append('background finally')


async def short_main():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    return 'short main done'

print(asyncio.run(short_main()))
print(log)

# Eager tasks start running inside create_task().
order = []


async def eager_child(name):
    order.append(f'{name} start')
    await asyncio.sleep(0)
    order.append(f'{name} end')
    return name


async def eager_main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(eager_child('e1'))
    order.append('after create_task')
    await t

    async def instant():
        return 'no await'
    t2 = asyncio.create_task(instant())
    order.append(f'instant done immediately: {t2.done()}')
    print(await t2)

asyncio.run(eager_main())
print(order)
