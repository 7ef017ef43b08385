# coroutines: async def / await without asyncio. A tiny round-robin scheduler
# drives coroutines with .send(None); custom awaitables yield to it, and
# tasks communicate through channels (producer/consumer pipelines).
# quick: 200
import sys


class Yield:
    """Awaitable that suspends the current task once."""

    def __await__(self):
        yield None


class Channel:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
        self.closed = False

    async def put(self, item):
        while len(self.items) >= self.capacity:
            await Yield()
        self.items.append(item)

    async def get(self):
        while not self.items:
            if self.closed:
                raise EOFError
            await Yield()
        return self.items.pop(0)

    def close(self):
        self.closed = True


class Scheduler:
    def __init__(self):
        self.ready = []
        self.results = {}
        self.switches = 0

    def spawn(self, name, coro):
        self.ready.append((name, coro))

    def run(self):
        while self.ready:
            queue = self.ready
            self.ready = []
            for name, coro in queue:
                self.switches += 1
                try:
                    coro.send(None)
                except StopIteration as stop:
                    self.results[name] = stop.value
                else:
                    self.ready.append((name, coro))


async def producer(chan, start, count):
    for i in range(start, start + count):
        await chan.put(i)
    return count


async def square(inp, out):
    n = 0
    while True:
        try:
            x = await inp.get()
        except EOFError:
            out.close()
            return n
        await out.put(x * x)
        n += 1


async def consumer(chan):
    total = 0
    while True:
        try:
            total += await chan.get()
        except EOFError:
            return total


async def closer(chan, producers, sched):
    while not all(p in sched.results for p in producers):
        await Yield()
    chan.close()
    return "closed"


async def add(a, b):
    return a + b


async def chain_sum(n):
    total = 0
    for i in range(n):
        total = await add(total, i)
    return total


async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


def run_pipeline(n):
    sched = Scheduler()
    raw = Channel(8)
    squared = Channel(4)
    names = []
    for k in range(4):
        name = "producer%d" % k
        names.append(name)
        sched.spawn(name, producer(raw, k * n, n))
    sched.spawn("closer", closer(raw, names, sched))
    sched.spawn("square", square(raw, squared))
    sched.spawn("consumer", consumer(squared))
    sched.run()
    return sched


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


def main(n):
    sched = run_pipeline(n)
    for name in sorted(sched.results):
        print(name, sched.results[name])
    print("switches", sched.switches)
    print("chain sum", drive(chain_sum(n * 10)))
    print("fib", drive(fib(min(25, 10 + n // 500))))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 180000)
