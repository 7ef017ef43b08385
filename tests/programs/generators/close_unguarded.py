# Closing a suspended generator: with and without handlers around the yield.
import gc
log = []
def plain():
    yield 1
    yield 2
def guarded():
    try:
        yield 1
    finally:
        log.append("finally")
def catching():
    try:
        yield 1
    except GeneratorExit:
        log.append("caught")
        raise
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
def delegating():
    yield from guarded()
for f in (plain, guarded, catching, delegating):
    g = f()
    next(g)
    print(f.__name__, g.close(), g.gi_frame, g.gi_running, list(g), log)
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
g = plain()
print(g.close(), next(g, "done"))
print(all(x < 3 for x in range(10)), any(x > 3 for x in range(10)))
def gen_in_gen():
    inner = plain()
    next(inner)
    yield inner
it = gen_in_gen()
inner = next(it)
del it
print(inner.gi_frame is not None, list(inner))
async def coro():
    await asleep()
class asleep:
    def __await__(self):
        yield "tick"
c = coro()
print(c.send(None))
print(c.close(), c.cr_frame)
