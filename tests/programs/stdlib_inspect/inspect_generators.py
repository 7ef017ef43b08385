# Generator and coroutine states and related predicates.
import inspect


def counter(n):
    for i in range(n):
        yield i


g = counter(2)
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
list(g)
print(inspect.getgeneratorstate(g))

g2 = counter(3)
next(g2)
g2.close()
print(inspect.getgeneratorstate(g2))

g3 = counter(3)
g3.close()
print(inspect.getgeneratorstate(g3))


def watcher():
    yield inspect.getgeneratorstate(me)


me = watcher()
print(next(me))


async def job():
    return 5


c = job()
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
print(inspect.getcoroutinestate(c))


class Waiter:
    def __await__(self):
        yield 'paused'
        return 'done'


async def waits():
    return await Waiter()


w = waits()
print(inspect.getcoroutinestate(w), w.send(None), inspect.getcoroutinestate(w))
w.close()
print(inspect.getcoroutinestate(w))
print(inspect.isawaitable(Waiter()), inspect.isawaitable(w), inspect.isawaitable(3))
print(inspect.isgenerator(counter(1)), inspect.isgeneratorfunction(counter), inspect.isgenerator(counter))
