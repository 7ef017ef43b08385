# The __main__ namespace: CPython's names (but __loader__) in its order.
names = [n for n in globals() if n != "__loader__"]
print(names[:9])
print(__annotations__, __cached__, __doc__, __package__, __name__)
x: int = 3
y: "list[str]"
print(__annotations__)
import sys
print(sys.modules["__main__"].__annotations__ is __annotations__)
def f():
    z: int = 1
    return z
print(f(), "z" in __annotations__)
