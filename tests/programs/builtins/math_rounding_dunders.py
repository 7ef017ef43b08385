import math
from fractions import Fraction
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)))
class C:
    def __floor__(self): return "F"
    def __ceil__(self): return "C"
    def __trunc__(self): return "T"
print(math.floor(C()), math.ceil(C()), math.trunc(C()))
class D:
    def __float__(self): return 2.5
print(math.floor(D()), math.ceil(D()))
for f in (math.floor, math.trunc):
    try: f("x")
    except TypeError as e: print(e)
try: math.trunc(D())
except TypeError as e: print(e)
print(math.floor(True), math.floor(-0.5), math.ceil(2.000001))
