class A:
    __slots__ = ()
try:
    A().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.foo = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.upper = None
except AttributeError as e:
    print(type(e).__name__, e)
class B:
    pass
try:
    B().method()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    B.x
except AttributeError as e:
    print(type(e).__name__, e)
import math
try:
    math.nope
except AttributeError as e:
    print(type(e).__name__, e)
