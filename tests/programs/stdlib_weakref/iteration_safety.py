# Weak dictionaries stay consistent when entries die during iteration.
import gc
import weakref


class Node:
    def __init__(self, n):
        self.n = n


nodes = [Node(i) for i in range(8)]
wv = weakref.WeakValueDictionary((n.n, n) for n in nodes)
wk = weakref.WeakKeyDictionary((n, n.n) for n in nodes)
count = 0
for key in wv:
    count += 1
    if count == 2:
        del nodes[4:]
        gc.collect()
print('visited', count <= 8, 'len after', len(wv), sorted(wv))

count = 0
for k, v in wk.items():
    count += 1
    if count == 1:
        del nodes[2:]
        gc.collect()
del k
gc.collect()
print('wk len after', len(wk), sorted(wk.values()))

# an abandoned iterator no longer blocks removals once it is dropped
it = iter(wv)
next(it)
del nodes[1]
gc.collect()
del it
gc.collect()
print(sorted(wv), len(wv))

# changing the dict itself during iteration is still an error
wv['x'] = nodes[0]
try:
    for key in wv:
        wv['y%s' % key] = nodes[0]
except RuntimeError as e:
    print('RuntimeError', e)
print(len(nodes))
