# isinstance() through the interpreter fast path: classes, tuples, ABCs, metaclass __instancecheck__ (not consulted for an exact class), unions and errors.
from collections.abc import Iterable, Sized
class A: pass
class B(A): pass
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 42
class M(metaclass=Meta): pass
vals = [1, "s", [1], A(), B(), None, 42, True]
for v in vals:
    print([isinstance(v, t) for t in (int, str, A, B, (int, str), Iterable, Sized, M, object, bool)])
    if isinstance(v, (A, int)):
        print("branch", type(v).__name__)
for bad in [1, (int, 2), [int]]:
    try: isinstance(1, bad)
    except TypeError as e: print("TypeError", e)
try: isinstance(1)
except TypeError as e: print(e)
print(isinstance(3, int | str), isinstance(M(), M))
