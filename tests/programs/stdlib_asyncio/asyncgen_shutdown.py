import asyncio, sys
async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker cleanup")
async def main():
    async for v in ticker(10):
        if v == 2:
            break
    print("after break")
    agen = ticker(5)
    print(await agen.__anext__())
    print("main done")
asyncio.run(main())
print("end", hasattr(sys, "set_asyncgen_hooks"), sys.get_asyncgen_hooks() if hasattr(sys, "get_asyncgen_hooks") else None)
