class Default(dict):
    def __missing__(self, key):
        return f'<{key}>'
d = Default(a=1)
print(d['a'], d['b'], d.get('b'), 'b' in d, d)
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
c['x'] += 1
c['x'] += 1
c['y'] += 5
print(c, type(c).__name__, isinstance(c, dict))
from collections import defaultdict, OrderedDict, Counter as C
dd = defaultdict(list)
dd['k'].append(1)
dd['j']
print(dd, dict(dd), dd.default_factory)
od = OrderedDict([('b', 1), ('a', 2)])
od.move_to_end('b')
print(od, list(od))
cnt = C('abracadabra')
print(cnt.most_common(2), cnt['z'], sorted(cnt.items()))
