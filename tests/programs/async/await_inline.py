import types
class Yield:
    def __await__(self):
        yield "tick"
async def leaf(x):
    await Yield()
    return x * 2
async def inner(me_holder):
    co = me_holder[0]
    print("running", co.cr_running, co.cr_await is not None)
    v = await leaf(3)
    return v + 1
async def outer(holder):
    r = await inner(holder)
    try:
        await bad()
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__cause__).__name__)
    c = leaf(1)
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError", e)
    return r
async def bad():
    raise StopIteration
holder = [None]
co = outer(holder)
holder[0] = co
out = []
try:
    while True:
        out.append(co.send(None))
except StopIteration as e:
    print("result", e.value, out)
async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)
d = deep(500)
try:
    d.send(None)
except StopIteration as e:
    print("deep", e.value)
d2 = deep(5000)
try:
    d2.send(None)
except RecursionError as e:
    print("RecursionError")
except StopIteration as e:
    print("deep", e.value)
