try:
    class Conflict:
        __slots__ = ('x',)
        x = 5
except ValueError as e:
    print(type(e).__name__, e)
try:
    class A:
        __slots__ = ('a',)
    class B:
        __slots__ = ('b',)
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class BadName:
        __slots__ = ('not valid',)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup:
        __slots__ = ('__dict__', '__dict__')
except TypeError as e:
    print(type(e).__name__, e)
try:
    class IntSub(int):
        __slots__ = ('extra',)
except TypeError as e:
    print(type(e).__name__, e)
class IntEmpty(int):
    __slots__ = ()
print(IntEmpty(5) + 1, hasattr(IntEmpty(5), '__dict__'))
try:
    class NotStr:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)
