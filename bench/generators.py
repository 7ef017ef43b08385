# generators: generator pipelines, yield from delegation, recursive tree
# walks, send()/close() protocols and generator expressions.
# quick: 2000
import sys


def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(src):
    for x in src:
        yield x * x


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def take(src, n):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x


def chain(*sources):
    for s in sources:
        yield from s


class Node:
    __slots__ = ("value", "left", "right")

    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


def build_tree(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build_tree(lo, mid), build_tree(mid + 1, hi))


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)


def running_average():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total // count
    return total


def accumulate_with_send(n):
    gen = running_average()
    next(gen)
    last = 0
    for i in range(n):
        last = gen.send(i)
    try:
        gen.send(None)
    except StopIteration as stop:
        return last, stop.value
    return last, None


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def closing_gen(log):
    try:
        while True:
            yield len(log)
    finally:
        log.append("closed")


def main(n):
    total = sum(squares(evens(counter(n))))
    print("sum of even squares", total)
    print("chained", sum(chain(counter(n // 2), take(squares(counter(n)), n // 3), (i for i in range(n // 4)))))
    tree = build_tree(0, n // 4)
    walk = 0
    for _ in range(4):
        walk = 0
        for v in inorder(tree):
            walk += v
    print("tree walk", walk)
    print("running average", accumulate_with_send(n))
    fibs = 0
    for _ in range(n // 1000 + 1):
        for i, f in zip(range(200), fib_gen()):
            fibs = (fibs + f) % 1000000007
    print("fib mod", fibs)
    log = []
    closed = 0
    for i in range(n // 10):
        g = closing_gen(log)
        next(g)
        next(g)
        g.close()
        closed += 1
    print("closed", closed, len(log), log[-1])
    print("genexpr", sum(x % 7 for x in range(n) if x % 3), max((x * 7) % 1001 for x in range(n)))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000)
