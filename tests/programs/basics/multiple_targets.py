a = b = []
a.append(1)
print(a, b, a is b)
x = [1, 2, 3]
i = 0
i = x[i] = 2
print(i, x)
first, *rest = last = [1, 2, 3]
print(first, rest, last)
d = {}
d['a'] = d['b'] = 0
print(d)
