import weakref, gc
class Item:
    def __init__(self, key):
        self.key = key
    def __repr__(self):
        return f'Item({self.key!r})'
cache = weakref.WeakValueDictionary()
a, b = Item('a'), Item('b')
cache['a'] = a
cache['b'] = b
print(sorted(cache.keys()), cache['a'], len(cache))
del a
print(sorted(cache.keys()), 'a' in cache, cache.get('a'))
try:
    cache['a']
except KeyError as e:
    print(type(e).__name__, e)
b = None
gc.collect()
print(len(cache), dict(cache))
try:
    cache['num'] = 5
except TypeError as e:
    print(type(e).__name__, e)
