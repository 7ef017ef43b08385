import asyncio
async def greet(name):
    await asyncio.sleep(0)
    return f'hello {name}'
async def main():
    print(await greet('world'))
    r = await asyncio.gather(greet('a'), greet('b'), greet('c'))
    print(r)
    return 'main result'
print(asyncio.run(main()))
c = greet('x')
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(c), asyncio.iscoroutine(greet))
c.close()
