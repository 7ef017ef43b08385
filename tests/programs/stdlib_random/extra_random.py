# Extra checks of CPython-identical streams: sample thresholds, choices, shuffle, SystemRandom API, pickling via copy.
import random, copy
r = random.Random(123)
for n, k in [(21, 5), (22, 5), (40, 6), (45, 6), (46, 6), (100, 20), (1000, 30), (86, 7), (87, 7)]:
    print(n, k, r.sample(range(n), k))
print(r.choices(range(10), k=5), r.choices('xyz', weights=[1, 2, 3], k=5))
print(r.sample(['a', 'b', 'c'], 5, counts=[2, 2, 1]))
big = list(range(50)); r.shuffle(big); print(big)
print(r.randrange(10**25), r.getrandbits(200), r.randbytes(5))
print([r.binomialvariate(15, 0.8) for _ in range(6)], [r.binomialvariate(40, 0.5) for _ in range(6)])
print(r.triangular(1, 3, 2.5), r.vonmisesvariate(0.5, 1e-7), r.gammavariate(0.5, 2))
s = random.Random('seed text')
print(s.random(), s.randint(1, 10**6))
s2 = copy.deepcopy(s)
print(s2.random() == s.random())
print(random.Random(2**200).random(), random.Random(-7).random() == random.Random(7).random())
sr = random.SystemRandom()
print(type(sr.random()).__name__, sr.getrandbits(0), len(sr.randbytes(3)), sr.randrange(1), 0 <= sr.randbelow(5) < 5 if hasattr(sr, 'randbelow') else 'nb')
for bad in (lambda: sr.getstate(), lambda: sr.setstate(None)):
    try:
        bad()
    except NotImplementedError as e:
        print(type(e).__name__, e)
r.seed(5, version=1)
print(r.random())
class Sub(random.Random):
    def random(self):
        return 0.5
print(Sub(1).randrange(7), Sub(1).choice('abcdef'), Sub(1).random())
print(random.BPF, random.RECIP_BPF, random.TWOPI, round(random.NV_MAGICCONST, 12), round(random.SG_MAGICCONST, 12), round(random.LOG4, 12))
