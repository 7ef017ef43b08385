class P:
    pass
a, b = P(), P()
print(a == a, a == b, a != b, a is a, hash(a) == hash(a))
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.v == other.v
print(V(1) == V(1), V(1) != V(1), V(1) != V(2), V(1) == 1, V.__hash__)
try:
    hash(V(1))
except TypeError as e:
    print(type(e).__name__, e)
class VH(V):
    def __hash__(self):
        return hash(self.v)
print(hash(VH(3)) == hash(3), len({VH(1), VH(1), VH(2)}))
class Child(V):
    pass
print(Child.__hash__)
class Keep:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
print(Keep() == 1, isinstance(hash(Keep()), int))
