class Meta(type):
    def __repr__(cls):
        return "Meta:" + super().__repr__()
class A(metaclass=Meta): pass
print(repr(A), type.__repr__(int), type.__repr__(A), str(A), f"{A}")
class B: pass
print(repr(B), type.__repr__(B), [B, int], repr(type))
class M2(type): pass
class C(metaclass=M2): pass
print(repr(C), str(C))
