import atexit

log = []


def make(n):
    def callback():
        print("callback", n)
    callback.__qualname__ = f"callback_{n}"
    return callback


callbacks = [make(i) for i in range(5)]
for cb in callbacks:
    atexit.register(cb)
atexit.unregister(callbacks[2])


@atexit.register
def decorated():
    print("decorated function runs first")


class Eq:
    def __init__(self, key):
        self.key = key

    def __call__(self):
        print("Eq", self.key)

    def __eq__(self, other):
        return isinstance(other, Eq) and other.key == self.key

    __hash__ = object.__hash__


atexit.register(Eq("a"))
atexit.register(Eq("b"))
atexit.unregister(Eq("a"))
print("main done")
