import weakref
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, Num) else o)
    def __iter__(self):
        return iter(range(self.v))
    def __call__(self, x):
        return x * self.v
    def __repr__(self):
        return f'Num({self.v})'
n = Num(3)
p = weakref.proxy(n)
print((p + 1).v, p == 3, list(p), p(5), repr(p + p))
print(isinstance(p, Num), type(p) is Num)
cp = weakref.proxy(len)
print(type(cp).__name__, cp([1, 2]))
