import time
from collections import OrderedDict
s = set(range(100000))
t = time.perf_counter()
while s: s.pop()
d = {i: i for i in range(100000)}
while d: d.popitem()
od = OrderedDict((i, i) for i in range(200000))
for _ in range(100000): od.popitem(last=False)
for i in range(100000, 200000, 2): od.move_to_end(i)
print(len(od), next(iter(od)), list(od)[-3:])
print("elapsed ok", time.perf_counter() - t < 5)
