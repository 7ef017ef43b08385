class Tick:
    def __await__(self):
        yield 'tick'
async def leaf(n):
    await Tick()
    return n * 2
async def middle(n):
    x = await leaf(n)
    y = await leaf(x)
    return x + y
async def top():
    results = []
    for i in range(3):
        results.append(await middle(i))
    return results
def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks
print(run(top()))
async def raiser():
    await Tick()
    raise ValueError('inside coroutine')
async def catcher():
    try:
        await raiser()
    except ValueError as e:
        return f'caught {e}'
print(run(catcher()))
try:
    run(raiser())
except ValueError as e:
    print('propagated to driver:', e)
