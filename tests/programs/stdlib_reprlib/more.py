import reprlib
from collections import deque
r = reprlib.Repr(maxlevel=1, maxtuple=1, indent='  ')
print(r.repr(((1, 2), [3], {4: 5}, {6}, frozenset({7}), deque([8]))))
print(reprlib.Repr(maxlevel=0).repr((1,)), reprlib.Repr(maxstring=4, fillvalue='~').repr("abcdefg"))
print(reprlib.Repr(maxother=5).repr(object)[:3], reprlib.aRepr.maxlong)
