d = {i: i * i for i in range(6)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
d = {'a': 1}
try:
    for k in d:
        d['b'] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
d = {'a': 1, 'b': 2}
for k in d:
    d[k] = d[k] * 10
print(d)
for k, v in d.items():
    print(k, v)
it = iter({'only': 1})
print(next(it), next(it, 'done'))
