import weakref
class Key:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f'Key({self.n})'
meta = weakref.WeakKeyDictionary()
k1, k2 = Key(1), Key(2)
meta[k1] = 'one'
meta[k2] = 'two'
print(len(meta), meta[k1], k2 in meta)
del k1
print(len(meta), list(meta.values()))
try:
    meta['string key'] = 1
except TypeError as e:
    print(type(e).__name__, e)
