# WeakSet: observer registries, iteration while members die, set algebra.
import weakref


class Observer:
    def __init__(self, name):
        self.name = name
        self.events = []

    def notify(self, event):
        self.events.append(event)

    def __repr__(self):
        return f'Observer({self.name})'

    def __lt__(self, other):
        return self.name < other.name


class Subject:
    def __init__(self):
        self.observers = weakref.WeakSet()

    def attach(self, obs):
        self.observers.add(obs)

    def emit(self, event):
        for obs in sorted(self.observers):
            obs.notify(event)
        return len(self.observers)


subject = Subject()
a, b, c = Observer('a'), Observer('b'), Observer('c')
for obs in (a, b, c):
    subject.attach(obs)
del obs
subject.attach(a)  # adding twice keeps one entry
print('notified', subject.emit('start'))
del b
print('notified', subject.emit('tick'), sorted(subject.observers))
print(a.events, c.events)

# members dying in the middle of a loop: the loop is not disturbed
pool = [Observer(str(i)) for i in range(6)]
ws = weakref.WeakSet(pool)
count = 0
for member in ws:
    count += 1
    if count == 1:
        del pool[:]
        del member
print('iterated at least once:', count >= 1, 'left:', len(ws), list(ws))

# set operations
x, y, z, w = (Observer(n) for n in 'xyzw')
s1 = weakref.WeakSet([x, y, z])
s2 = weakref.WeakSet([z, w])
print(sorted(s1 | s2), sorted(s1 & s2), sorted(s1 - s2), sorted(s1 ^ s2))
print(s1.issuperset([x]), s1 <= weakref.WeakSet([x, y, z, w]), s1 < s1, s1 == weakref.WeakSet([z, y, x]))
print(s1.isdisjoint(s2), s1.isdisjoint([w]), x in s1, w in s1, 'text' in s1)
s3 = s1.copy()
s3 -= s2
print(type(s3).__name__, sorted(s3))
s3 |= [w]
s3 ^= [x, z]
print(sorted(s3))
s3.discard(w)
s3.remove(y)
print(sorted(s3), len(s3))
try:
    s3.remove(w)
except KeyError:
    print('KeyError on remove of a missing member')
print('popped', s3.pop(), len(s3))
try:
    s3.pop()
except KeyError as e:
    print('KeyError', e)
try:
    s3.add('not weakrefable')
except TypeError as e:
    print('TypeError', e)
try:
    hash(s3)
except TypeError as e:
    print('TypeError', e)
del x, y
print(sorted(s1), len(s1))
