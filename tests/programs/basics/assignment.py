# Assignment statement forms.
a = 1
b = c = d = 2
print(a, b, c, d)
x, y = 10, 20
x, y = y, x
print(x, y)
[p, q] = "pq"
print(p, q)
(r, (s, t)) = 1, (2, 3)
print(r, s, t)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
class O: pass
o = O()
o.attr = 5
o.attr += 1
print(o.attr)
d = {}
d['k'] = d.get('k', 0) + 1
d['k'] += 10
print(d)
n: int = 3
m: str
print(n, 'm' in dir())
print(__annotations__)
