import asyncio, sys, gc

print(sys.get_asyncgen_hooks())
seen = []
def first(agen):
    seen.append(("first", agen.__name__))
def fin(agen):
    seen.append(("fin", agen.__name__))
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=first, finalizer=fin)
h = sys.get_asyncgen_hooks()
print(h.firstiter is first, h[1] is fin, type(h).__name__, len(h))
try:
    sys.set_asyncgen_hooks(firstiter=5)
except TypeError as e:
    print("TypeError", e)
try:
    sys.set_asyncgen_hooks(foo=1)
except TypeError as e:
    print("TypeError", e)

async def gen():
    try:
        yield 1
        yield 2
    finally:
        seen.append("finally")

g = gen()
co = g.__anext__()
try:
    co.send(None)
except StopIteration as e:
    print("first value", e.value)
del co
del g
gc.collect()
print(seen)
sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks())

async def slow_cleanup(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("cleanup", n)

async def bad_cleanup():
    try:
        yield 1
    finally:
        raise ValueError("boom in cleanup")

async def main():
    a = slow_cleanup(5)
    print(await a.__anext__())
    c = bad_cleanup()
    print(await c.__anext__())
    print("main returns")

def handler(loop, context):
    print("handler:", context["message"].split(" <")[0], repr(context["exception"]))

async def runner():
    asyncio.get_running_loop().set_exception_handler(handler)
    await main()

asyncio.run(runner())
print("done", sys.get_asyncgen_hooks())
