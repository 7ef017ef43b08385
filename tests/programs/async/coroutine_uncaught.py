async def inner():
    raise LookupError('nothing found')

async def outer():
    await inner()

coro = outer()
coro.send(None)
