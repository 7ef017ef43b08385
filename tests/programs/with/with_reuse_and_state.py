class Lock:
    def __init__(self):
        self.held = False
        self.count = 0
    def __enter__(self):
        if self.held:
            raise RuntimeError('already held')
        self.held = True
        self.count += 1
        return self
    def __exit__(self, *exc):
        self.held = False
lock = Lock()
with lock:
    print('held', lock.held)
    try:
        with lock:
            pass
    except RuntimeError as e:
        print(type(e).__name__, e)
print('released', lock.held)
with lock as l2:
    print(l2 is lock, lock.count)
class Counted:
    depth = 0
    def __enter__(self):
        Counted.depth += 1
        return Counted.depth
    def __exit__(self, *a):
        Counted.depth -= 1
with Counted() as d1, Counted() as d2, Counted() as d3:
    print(d1, d2, d3)
print(Counted.depth)
