class N:
    __iter__ = None
try:
    iter(N())
except TypeError as e:
    print(e)
try:
    for x in N(): pass
except TypeError as e:
    print(e)
class I:
    def __index__(self): return 1.5
try:
    [1, 2][I()]
except TypeError as e:
    print(e)
try:
    range(I())
except TypeError as e:
    print(e)
import operator
try:
    operator.index(I())
except TypeError as e:
    print(e)
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError as e:
    print(e)
class X: pass
class Y: pass
class A1(X, Y): pass
class A2(Y, X): pass
try:
    class Z(A1, A2): pass
except TypeError as e:
    print(e)
print(type(exit).__name__, repr(exit), repr(quit), callable(help), type(copyright).__name__)
print(repr(help), repr(license))
credits()
import os
os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())
