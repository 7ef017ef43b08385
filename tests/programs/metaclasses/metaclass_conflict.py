class MetaA(type):
    pass
class MetaB(type):
    pass
class A(metaclass=MetaA):
    pass
class B(metaclass=MetaB):
    pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class MetaAB(MetaA, MetaB):
    pass
class C(A, B, metaclass=MetaAB):
    pass
print(type(C).__name__)
class SubMetaA(MetaA):
    pass
class D(A, metaclass=SubMetaA):
    pass
class E(D, A):
    pass
print(type(D).__name__, type(E).__name__)
class F(A, metaclass=type):
    pass
print(type(F).__name__)
