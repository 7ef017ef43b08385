d = {}
for k in ['banana', 'apple', 'cherry']:
    d[k] = len(k)
print(d)
d['apple'] = 0
print(list(d))
del d['banana']
d['banana'] = 1
print(list(d))
print(sorted(d), sorted(d.items()), sorted(d, key=d.get))
r = {i: i for i in range(10)}
for i in range(0, 10, 2):
    del r[i]
r[0] = 'zero'
print(r)
print(list(reversed(d)), list(reversed(d.items())))
