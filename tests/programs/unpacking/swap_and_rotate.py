a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
m = {'a': 1}
m['a'], m['b'] = m.get('b', 0), m['a']
print(m)
class O: pass
o = O()
o.p, o.q = 'P', 'Q'
o.p, o.q = o.q, o.p
print(o.p, o.q)
