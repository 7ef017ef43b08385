class A:
    def hello(self):
        return 'A'
class B(A):
    def hello(self):
        return 'B>' + super().hello()
class C(A):
    def hello(self):
        return 'C>' + super().hello()
class D(B, C):
    def hello(self):
        return 'D>' + super().hello()
print(D().hello())
print([k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()])
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(X, K1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print(type(e).__name__, e)
