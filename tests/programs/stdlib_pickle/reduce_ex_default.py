import copy, pickle
class S:
    __slots__ = ('a', 'b')
    def __init__(self, a, b): self.a, self.b = a, b
class D(S):
    pass
s = S(1, [2])
c = copy.copy(s); d = copy.deepcopy(s)
print(c.a, c.b, c.b is s.b, d.b is s.b, d.b)
x = D(3, 4); x.extra = 5
y = copy.deepcopy(x)
print(y.a, y.b, y.extra)
z = pickle.loads(pickle.dumps(s))
print(z.a, z.b)
class P:
    def __init__(self): self.v = [1]
print(pickle.loads(pickle.dumps(P())).v, copy.deepcopy(P()).v)
print(s.__reduce_ex__(2)[0].__name__ if hasattr(s, '__reduce_ex__') else 'none')
class R:
    def __init__(self, x): self.x = x
    def __reduce__(self): return (R, (self.x * 10,))
print(pickle.loads(pickle.dumps(R(2))).x, R(1).__reduce_ex__(2), copy.copy(R(3)).x)
r = S(1, 2).__reduce_ex__(2)
print(r[0].__name__, r[1][0].__name__, r[2])
print(type(P().__reduce__()).__name__, len(P().__reduce_ex__(4)))
