# WeakValueDictionary as a cache / interning table: entries vanish with their values.
import weakref


class Texture:
    created = 0

    def __init__(self, name):
        Texture.created += 1
        self.name = name

    def __repr__(self):
        return f'Texture({self.name!r})'


class TextureCache:
    def __init__(self):
        self._live = weakref.WeakValueDictionary()

    def get(self, name):
        tex = self._live.get(name)
        if tex is None:
            tex = Texture(name)
            self._live[name] = tex
        return tex

    def names(self):
        return sorted(self._live)


cache = TextureCache()
grass = cache.get('grass')
stone = cache.get('stone')
print(cache.get('grass') is grass, Texture.created, cache.names())
del grass
print('after dropping grass:', cache.names(), Texture.created)
grass = cache.get('grass')
print('reloaded:', Texture.created, cache.names())

# interning with setdefault: the first object stored wins while it is alive
table = weakref.WeakValueDictionary()
first = Texture('water')
second = Texture('water')
print(table.setdefault('water', first) is first, table.setdefault('water', second) is first)
del first
print('water' in table, table.setdefault('water', second) is second)

# mapping API
d = weakref.WeakValueDictionary(a=stone, b=grass)
d.update([('c', second)])
print(len(d), sorted(d.keys()), sorted(v.name for v in d.values()))
print(d.pop('a'), d.pop('a', 'default'), sorted(d))
try:
    d.pop('a')
except KeyError as e:
    print('KeyError', e)
try:
    d['zzz']
except KeyError as e:
    print('KeyError', e)
print(d.get('zzz', 'fallback'), 'zzz' in d)
merged = d | {'s': stone}
print(type(merged).__name__, sorted(merged))
snapshot = d.copy()
print(type(snapshot).__name__, sorted(snapshot.items(), key=lambda kv: kv[0]))
refs = d.valuerefs()
print(len(refs), sorted(type(r).__name__ for r in refs), sorted(r.key for r in refs))

# entries whose values die while a loop is running disappear afterwards
objs = {n: Texture(n) for n in 'pqrst'}
live = weakref.WeakValueDictionary(objs)
seen = []
for key in live:
    seen.append(key)
    if len(seen) == 1:
        objs.clear()
print(len(seen) >= 1, len(live), list(live.items()))

# non-weakrefable values are rejected
try:
    live['n'] = 42
except TypeError as e:
    print('TypeError', e)
try:
    weakref.WeakValueDictionary().popitem()
except KeyError as e:
    print('KeyError', e)
