# WeakSet: set algebra, comparisons and membership as members die.
import gc
import weakref


class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'Tag({self.name})'


a, b, c, d = Tag('a'), Tag('b'), Tag('c'), Tag('d')
s1 = weakref.WeakSet([a, b, c])
s2 = weakref.WeakSet([b, c, d])


def names(s):
    return sorted(t.name for t in s)


print(names(s1 | s2), names(s1 & s2), names(s1 - s2), names(s1 ^ s2))
print(names(s1.union([d])), names(s1.intersection({a, d})), names(s1.difference([a])))
print(names(s1.symmetric_difference(s2)), s1.isdisjoint(s2), s1.isdisjoint([d]))
print(type(s1 | s2).__name__, s1 <= s2, s1 < weakref.WeakSet([a, b, c, d]), s1 >= {a})
print(s1 == weakref.WeakSet([c, b, a]), s1 != s2, s1 == {a, b, c}, s1.issubset([a, b, c, d]))
print(s1.issuperset([a, b]), s1 > weakref.WeakSet([a]), len(s1), a in s1, d in s1, 5 in s1)
u = s1.copy()
u |= s2
u -= weakref.WeakSet([a])
print(names(u))
u &= [b, c]
print(names(u))
u ^= [c, d]
print(names(u))
u.update([a])
u.difference_update([d])
u.symmetric_difference_update([b])
u.intersection_update([a, b, c])
print(names(u))
u.add(d)
u.discard(Tag('zz'))
u.remove(d)
try:
    u.remove(d)
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
print(names(u), u.pop() is a, len(u))
try:
    u.pop()
except KeyError as e:
    print('KeyError', e)
try:
    u.add(3)
except TypeError as e:
    print('TypeError', e)
try:
    hash(u)
except TypeError as e:
    print('TypeError', e)

del a
gc.collect()
print(names(s1), len(s1), names(s1 | s2))
s1.clear()
print(len(s1), list(s1), bool(s1), bool(s2))

# members dying while a loop runs are skipped, then swept
tags = [Tag(str(i)) for i in range(6)]
ws = weakref.WeakSet(tags)
seen = 0
for t in ws:
    seen += 1
    if seen == 1:
        del tags[:4]
        gc.collect()
del t
gc.collect()
print(seen >= 1, len(ws), names(ws))
print(weakref.WeakSet[int], type(weakref.WeakSet()).__module__)
from _weakrefset import WeakSet
print(WeakSet is weakref.WeakSet)
