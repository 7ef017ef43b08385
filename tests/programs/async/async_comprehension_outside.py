async def agen():
    yield 1

def not_async():
    return [x async for x in agen()]
