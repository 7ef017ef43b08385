import asyncio, contextvars
v = contextvars.ContextVar("v", default="none")
async def task(n):
    v.set(n)
    await asyncio.sleep(0)
    return v.get()
async def main():
    print(await asyncio.gather(task("a"), task("b")), v.get())
    v.set("main")
    t = asyncio.create_task(task("c"))
    print(await t, v.get())
    ctx = contextvars.copy_context()
    print(ctx[v], len([k for k in ctx if k is v]))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(v.get()))
    print(await fut)
asyncio.run(main())
print(v.get())
with asyncio.Runner() as r:
    r.run(task("r1"))
    print(r.run(main.__code__ and task("r2")), v.get())
