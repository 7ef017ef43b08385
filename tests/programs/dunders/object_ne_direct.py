class A: pass
a = A()
print(A().__ne__(A()), a.__ne__(a), a != A(), a != a, object.__ne__(a, a))
class B:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, B) and self.v == o.v
print(B(1) != B(1), B(1).__ne__(B(2)), B(1).__ne__(3), B(1) != 3)
class C:
    def __eq__(self, o): return NotImplemented
print(C().__ne__(C()), C() != C())
print((1).__ne__(1), (1).__ne__('a'), 'a'.__ne__('b'), [1].__ne__([1]))
class D(int): pass
print(D(3).__ne__(3), D(3) != 4)
try:
    object.__ne__(a)
except TypeError as e:
    print(e)
