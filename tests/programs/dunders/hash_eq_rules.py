class A:
    pass
class B:
    def __eq__(self, o):
        return True
class C(B):
    def __hash__(self):
        return 7
class D(C):
    def __eq__(self, o):
        return False
class E:
    __hash__ = None
print(A.__hash__ is object.__hash__, B.__hash__, C.__hash__ is not None, D.__hash__, E.__hash__)
for cls in (A, B, C, D, E):
    try:
        h = hash(cls())
        print(cls.__name__, 'hashable', h if cls is C else type(h).__name__)
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)
from collections.abc import Hashable
print(isinstance(A(), Hashable), isinstance(B(), Hashable), isinstance(E(), Hashable))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class BadHash:
    def __hash__(self):
        return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
print(hash(-1), hash(-1.0), hash(()), hash('') == 0, hash(0), hash(None) == hash(None))
