class A: pass
a = A(); print(a.__getstate__()); a.x = 1; print(a.__getstate__())
class S:
    __slots__ = ('p', 'q')
s = S(); print(s.__getstate__()); s.p = 5; print(s.__getstate__())
import copy, pickle
class P:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1; self.b = [2]
p2 = copy.deepcopy(P()); print(p2.a, p2.b)
a.y = [1]; a2 = copy.copy(a); print(a2.__dict__)
print(pickle.loads(pickle.dumps(a)).__dict__)
print(object().__getstate__())
