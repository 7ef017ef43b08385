from collections import OrderedDict as O
d = O(a=1, b=2)
for v in (d.keys(), d.values(), d.items()):
    t = type(v)
    print(t.__module__, t.__qualname__, t.__name__, t, repr(v))
print(list(reversed(d.keys())), list(reversed(d.items())), ("a", 1) in d.items())
import pickle
try:
    pickle.dumps(d.keys())
except Exception as e:
    print(type(e).__name__)
