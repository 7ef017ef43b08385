class Config(dict):
    def __repr__(self):
        return f"Config({super().__repr__()})"
class Row(list):
    def __repr__(self):
        return "Row" + list.__repr__(self)
class S(set):
    def __repr__(self): return 'S:' + super().__repr__()
class F(frozenset): pass
class T(tuple):
    def __repr__(self): return 'T' + super().__repr__()
class I(int):
    def __repr__(self): return 'I' + super().__repr__()
class St(str):
    def __repr__(self): return 'St' + super().__repr__()
class O:
    def __repr__(self): return 'O/' + super().__repr__()[:10]
print(Config(a=1), Row([1, 2]), S({1}), F({2}), repr(F()), T((1,)), I(5), St('x'), O())
print(repr(S()), set.__repr__(S({3})), object.__repr__(Row())[:18])
from collections import OrderedDict, defaultdict, Counter, deque
class OD(OrderedDict): pass
class DD(defaultdict): pass
print(OD(a=1), DD(int, b=2), Counter('aab'), deque([1]))
