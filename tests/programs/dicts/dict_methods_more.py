d = {'x': 1, 'y': 2}
c = d.copy()
c['x'] = 99
print(d, c)
print(d | {'z': 3}, {'z': 3} | d)
d |= [('w', 0)]
print(d)
print({'a': 1} == {'a': 1.0}, {'a': 1} != {'a': 2})
try:
    {'a': 1} < {'b': 2}
except TypeError as e:
    print(type(e).__name__, e)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(w[0], []).append(w)
print(groups)
inv = {v: k for k, v in counts.items()}
print(inv)
print(max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
