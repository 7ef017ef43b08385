# getstate/setstate, subclassing Random and copying.
import copy
import random

r = random.Random(2023)
state = r.getstate()
print(state[0], len(state[1]), state[1][:4], state[1][-1], state[2])
before = [r.random() for _ in range(5)]
r.setstate(state)
print(before == [r.random() for _ in range(5)])

r.gauss()
state = r.getstate()
print(state[2] is not None, state[1][-1])
other = random.Random(0)
other.setstate(state)
print(other.gauss() == r.gauss(), other.random() == r.random())

# Version-2 states are reduced modulo 2**32.
r.setstate(state)
old = (2, tuple(x + 2**32 for x in state[1][:-1]) + (state[1][-1],), None)
other.setstate(old)
r.gauss_next = None
print(other.random() == r.random())

def err(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

err('bad version', lambda: r.setstate((9, state[1], None)))
err('wrong size', lambda: r.setstate((3, (1, 2, 3), None)))
err('not a tuple', lambda: r.setstate((3, list(state[1]), None)))
err('bad index', lambda: r.setstate((3, (0,) * 624 + (625,), None)))
err('negative index', lambda: r.setstate((3, (0,) * 624 + (-1,), None)))
err('float word', lambda: r.setstate((3, (1.5,) * 625, None)))
err('negative word', lambda: r.setstate((3, (-1,) * 624 + (0,), None)))
err('short state', lambda: r.setstate((3,)))

# Module-level getstate/setstate.
random.seed(11)
s = random.getstate()
x = random.random()
random.setstate(s)
print(x == random.random())

# A subclass keeps the generator.
class Loud(random.Random):
    def describe(self):
        return 'Loud(%.6f)' % self.random()

print(Loud(5).describe(), random.Random(5).random())
print(isinstance(Loud(), random.Random), Loud.__mro__[1].__name__)

# A subclass with its own random() but no getrandbits(): integer methods
# are built from random() alone.
class Stepper(random.Random):
    def __init__(self):
        self.n = 0
        super().__init__(0)
    def random(self):
        self.n += 1
        return (self.n * 0.6180339887498949) % 1.0

s = Stepper()
print([s.randrange(10) for _ in range(10)], s.choice('abcdef'), s.sample(range(40), 4))
items = list(range(8))
s.shuffle(items)
print(items)

# A subclass with its own getrandbits().
class Fixed(random.Random):
    def getrandbits(self, k):
        return (2**k - 1) // 3

f = Fixed(1)
print([f.randrange(10) for _ in range(3)], f.choice('xyz'), f.random() == random.Random(1).random())

# copy and deepcopy keep the state.
r.seed(42)
r.random()
c1 = copy.copy(r)
c2 = copy.deepcopy(r)
print(c1.random() == c2.random() == r.random())

print(random.Random.VERSION, sorted(random.__all__)[:6])
