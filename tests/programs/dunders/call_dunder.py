class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return f'call#{self.calls} args={args} kwargs={kwargs}'
c = Counter()
print(c(), c(1, 2), c(k='v'), c.calls)
class Chain:
    def __call__(self):
        return self
ch = Chain()
print(ch()()() is ch)
def set_call_on_instance():
    class X:
        pass
    x = X()
    x.__call__ = lambda: 'instance call'
    try:
        x()
    except TypeError as e:
        print(type(e).__name__, e)
    X.__call__ = lambda self: 'class call'
    print(x())
set_call_on_instance()
