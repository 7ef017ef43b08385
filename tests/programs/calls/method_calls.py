class Acc:
    def __init__(self, start=0):
        self.total = start
    def add(self, n=1):
        self.total += n
        return self
    def get(self):
        return self.total
a = Acc()
print(a.add().add(5).add(n=10).get())
m = a.add
print(m(100).get(), m.__self__ is a, m.__func__ is Acc.add, m.__name__)
print(Acc.add(a, 1).get())
unbound = Acc.get
print(unbound(Acc(7)))
print(type(m).__name__, type(Acc.add).__name__)
print(m == a.add, a.add is a.add)
f = getattr(a, 'get')
print(f())
print([1, 2, 3].index(2), 'x'.join('ab'), {}.fromkeys('a'), str.upper('q'))
