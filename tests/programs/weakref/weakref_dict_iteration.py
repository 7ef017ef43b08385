import weakref
class V:
    def __init__(self, n):
        self.n = n
objs = [V(i) for i in range(5)]
d = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
print(sorted(d.keys()))
del objs[1:3]
print(sorted(d.keys()))
print(sorted(v.n for v in d.values()), sorted(k for k, v in d.items()))
objs.clear()
print(len(d), list(d.items()))
