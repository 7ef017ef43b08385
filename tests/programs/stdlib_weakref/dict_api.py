# WeakValueDictionary / WeakKeyDictionary: the full mapping API.
import copy
import gc
import weakref
from collections.abc import MutableMapping


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f'Obj({self.n})'

    def __lt__(self, other):
        return self.n < other.n


objs = [Obj(i) for i in range(5)]
wv = weakref.WeakValueDictionary({i: o for i, o in enumerate(objs)}, extra=objs[0])
print(len(wv), sorted(wv, key=str), isinstance(wv, MutableMapping))
print(sorted(wv.items(), key=lambda kv: str(kv[0])))
print(wv.get(1), wv.get(99), wv.get(99, 'dflt'), 3 in wv, 'nope' in wv)
del wv['extra']
try:
    del wv['extra']
except KeyError as e:
    print('KeyError', e)
k, v = wv.popitem()
print(type(k).__name__, v.n == k, len(wv))
print(wv.setdefault(0, objs[4]), wv.setdefault('new', objs[4]), len(wv))
wv |= {'x': objs[1]}
print(sorted(map(str, wv.keys())))
r = {'y': objs[2]} | wv
print(type(r).__name__, sorted(map(str, r)))
cp = copy.copy(wv)
dc = copy.deepcopy(wv)
print(type(cp).__name__, len(cp) == len(wv), dc[0] is wv[0])
refs = list(wv.itervaluerefs())
print(all(isinstance(x, weakref.KeyedRef) for x in refs), sorted(map(str, (x.key for x in refs))))
del objs[:]
gc.collect()
print(len(wv), list(wv), len(cp), len(dc), list(wv.values()))
try:
    wv.popitem()
except KeyError as e:
    print('KeyError', e)
print(wv.pop('gone', 'fallback'))

# WeakKeyDictionary
keys = [Obj(i) for i in range(4)]
wk = weakref.WeakKeyDictionary({keys[0]: 'zero', keys[1]: 'one'})
wk.update([(keys[2], 'two')])
wk[keys[3]] = 'three'
print(len(wk), sorted(wk.values()), wk[keys[1]], wk.get(keys[3]), wk.get(Obj(9), '-'))
print(keys[2] in wk, Obj(2) in wk, 'str' in wk, 7 in wk)
print(sorted(wk.keys()), sorted(wk.items())[:2])
print(wk.pop(keys[3]), wk.pop(keys[3], 'none'), wk.setdefault(keys[3], 'again'), wk.setdefault(keys[3], 'x'))
kr = wk.keyrefs()
print(len(kr), all(isinstance(x, weakref.ref) for x in kr))
del kr
merged = wk | {keys[0]: 'ZERO'}
print(type(merged).__name__, merged[keys[0]], wk[keys[0]])
wk |= {keys[1]: 'ONE'}
print(wk[keys[1]])
rmerged = {keys[2]: 'TWO'} | wk
print(type(rmerged).__name__, rmerged[keys[2]])
dc = copy.deepcopy(wk)
print(sorted(dc.values()))
try:
    wk.update(x=1)
except TypeError as e:
    print('TypeError', e)
try:
    wk[[1]]
except TypeError as e:
    print('TypeError', e)
try:
    wk[Obj(42)]
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
del keys[0], keys[0]
gc.collect()
print(len(wk), sorted(wk.values()), len(merged), len(dc))
item = wk.popitem()
print(item[1] in ('two', 'again'), len(wk))
wk.clear()
print(len(wk), list(wk.items()))
try:
    wk.popitem()
except KeyError as e:
    print('KeyError', e)
print(isinstance(wk, MutableMapping), repr(wk).startswith('<WeakKeyDictionary at 0x'))
