# Generator and coroutine functions called with exactly their positional parameters, with
# defaults, keywords, closures and cells.


def plain(a, b):
    yield a
    yield b


def with_cell(n):
    def inner():
        return n * 2

    yield inner()
    n += 1
    yield inner()


def outer(k):
    def gen(x):
        yield x + k

    return gen


def defaults(a, b=10, *, c=100):
    yield a + b + c


def star(*args, **kw):
    yield args
    yield kw


print(list(plain(1, 2)), list(with_cell(5)), list(outer(3)(4)))
print(list(defaults(1)), list(defaults(1, 2)), list(defaults(1, c=0)))
print(list(star(1, 2, x=3)))
try:
    plain(1)
except TypeError as e:
    print("TypeError:", e)
try:
    plain(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


class Box:
    def items(self, n):
        for i in range(n):
            yield self, i

    async def get(self, v):
        return v * 3


b = Box()
print([i for _, i in b.items(3)])
c = b.get(7)
try:
    c.send(None)
except StopIteration as stop:
    print("returned", stop.value)


async def agen(a, b):
    yield a
    yield b


ag = agen(1, 2)
print(type(ag).__name__, ag.__name__, ag.__qualname__)
g = plain(1, 2)
print(g.gi_code.co_name, g.gi_running, g.gi_frame is not None)
print(next(g), g.gi_frame.f_locals)
def g(a):
    x = a * 2
    yield x
    y = x + 1
    yield y
it = g(5)
print(it.gi_frame.f_locals)
next(it); print(it.gi_frame.f_locals)
next(it); print(it.gi_frame.f_locals)
list(it); print(it.gi_frame)
def cl(n):
    def inner(): return n
    yield inner
c = cl(3); next(c); print(sorted(c.gi_frame.f_locals))
def selfref():
    yield sorted(me.gi_frame.f_locals) if False else 1
me = selfref()
print(next(me))
