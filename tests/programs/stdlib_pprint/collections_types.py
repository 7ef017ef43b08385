import pprint
import collections
import types

od = collections.OrderedDict((k, k * 10) for k in 'zyxwvutsrqponm')
pprint.pprint(od)
pprint.pprint(collections.OrderedDict())
dd = collections.defaultdict(list)
for i in range(12):
    dd['key%d' % i].append(i)
pprint.pprint(dd)
pprint.pprint(collections.defaultdict(int))
c = collections.Counter('the quick brown fox jumps over the lazy dog and keeps running')
pprint.pprint(c, width=40)
pprint.pprint(collections.Counter())
dq = collections.deque(range(40))
pprint.pprint(dq)
pprint.pprint(collections.deque(range(40), maxlen=50))
pprint.pprint(collections.deque())
ns = types.SimpleNamespace(alpha=list(range(20)), beta='b' * 40, gamma={'x': 1})
pprint.pprint(ns)
pprint.pprint(types.SimpleNamespace(a=1))

class MyDict(dict):
    pass

class MyList(list):
    pass

class ReprList(list):
    def __repr__(self):
        return 'ReprList(%d items)' % len(self)

pprint.pprint(MyDict((i, 'v' * i) for i in range(10)))
pprint.pprint(MyList(range(35)))
pprint.pprint(ReprList(range(35)))
pprint.pprint([ReprList(range(3))] * 10, width=30)

class P:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'P(%d)' % self.n

pprint.pprint({'points': [P(i) for i in range(20)]})
sio_like = []
class Stream:
    def write(self, s):
        sio_like.append(s)
pprint.pprint({'a': 1}, stream=Stream())
print(repr(''.join(sio_like)))
printer = pprint.PrettyPrinter(indent=2, width=30, stream=Stream())
printer.pprint(list(range(15)))
print(repr(''.join(sio_like)))
print(printer.pformat({'x': list(range(10))}))

import dataclasses

@dataclasses.dataclass
class Point:
    x: int
    y: int
    tags: list = dataclasses.field(default_factory=list)
    secret: str = dataclasses.field(default='s', repr=False)

pprint.pprint(Point(1, 2, ['a'] * 30))
pprint.pprint([Point(1, 2)])
pprint.pprint({'pts': [Point(i, i * i, list(range(i))) for i in range(5)]}, width=40)
