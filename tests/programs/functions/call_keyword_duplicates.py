def f(**kw): return kw
def g(x=0, **kw): return x, kw
for call in [lambda: f(**{'x': 1}, x=2), lambda: g(**{'x': 1}, x=2), lambda: dict(**{'a': 1}, a=2), lambda: f(x=2, **{'x': 1}), lambda: f(**{'a': 1}, **{'a': 2}), lambda: g(1, **{'x': 2})]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(int(bytearray(b"7")), float(b"1.5"), int(b" 12 "), float(bytearray(b"2.5")))
import sys, os
print(type(__builtins__).__name__)
