import asyncio
async def double(x):
    return x * 2
async def main():
    values = [await double(v) for v in range(3)]
    nested = [[await double(v) for v in range(r)] for r in range(3)]
    lam = [(lambda: v)() for v in range(2)]
    return values, nested, lam
print(asyncio.run(main()))
