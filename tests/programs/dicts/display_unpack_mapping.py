for bad in ([], [1, 2], None, "ab", 5, [(1, 2)]):
    try:
        print({**bad})
    except TypeError as e:
        print("TypeError", e)
class M:
    def keys(self): return ["a"]
    def __getitem__(self, k): return k * 2
print({**M(), "b": 1}, {**{"x": 1}, **{"x": 2}})
from collections import OrderedDict, UserDict
print({**OrderedDict(a=1)}, {**UserDict(b=2)})
