from collections import OrderedDict
s = set(range(20))
out = []
for i in range(30):
    out.append(s.pop())
    if i % 3 == 0:
        s.add(100 + i)
        s.add(i)
print(out, sorted(s))
s2 = {5, 3, 9, 1}
print([s2.pop() for _ in range(2)], s2)
s2.update({0, 2, 4})
print([s2.pop() for _ in range(len(s2))])
d = {k: k * k for k in range(10)}
print(d.popitem(), d.popitem())
d[100] = 1
del d[3]
d[3] = 9
print(d, d.popitem(), list(d))
it_d = {i: i for i in range(8)}
for k in list(it_d)[:5]:
    del it_d[k]
print(list(it_d), list(it_d.items()), next(iter(it_d.values())))
it_d[50] = 5
print(list(it_d))
od = OrderedDict.fromkeys("abcde")
print(od.popitem(), od.popitem(last=False), list(od))
od.move_to_end("b", last=False)
print(list(od), od.popitem(last=False))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
big = {i: i for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:], sum(big))
