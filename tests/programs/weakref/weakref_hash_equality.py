import weakref
class H:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, H) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
a, b = H(1), H(1)
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == rb, ra != rb, hash(ra) == hash(a), {ra: 'x'}[rb])
del a
print(ra == rb, ra == ra)
try:
    weakref.ref(H(2)).__hash__()
except TypeError as e:
    print(type(e).__name__, e)
print(hash(ra) == hash(1))
