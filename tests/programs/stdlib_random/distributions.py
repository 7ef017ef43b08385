# The real-valued (and binomial) distributions draw exactly CPython's values.
import random

r = random.Random(1)
print([r.random() for _ in range(3)])
print([r.uniform(-1, 1) for _ in range(3)], r.uniform(5, 5))
print(r.triangular(), r.triangular(0, 10), r.triangular(0, 10, 9), r.triangular(3, 3))
print([r.gauss() for _ in range(3)], r.gauss(100, 15))
print([r.normalvariate() for _ in range(3)], r.normalvariate(10, 2), r.normalvariate(sigma=0))
print(r.lognormvariate(0, 1), r.lognormvariate(1, 0.25))
print(r.expovariate(), r.expovariate(0.5), r.expovariate(10))
print(r.vonmisesvariate(0, 0), r.vonmisesvariate(1, 0.5), r.vonmisesvariate(3, 50))
print(r.gammavariate(0.3, 1), r.gammavariate(1, 2), r.gammavariate(2.5, 1), r.gammavariate(30, 0.1))
print(r.betavariate(0.5, 0.5), r.betavariate(2, 5), r.betavariate(10, 1))
print(r.paretovariate(1), r.paretovariate(3.5))
print(r.weibullvariate(1, 1), r.weibullvariate(2, 0.5))
print([r.binomialvariate() for _ in range(10)])
print([r.binomialvariate(10, 0.3) for _ in range(10)])
print([r.binomialvariate(100, 0.5) for _ in range(5)])
print([r.binomialvariate(1000, 0.9) for _ in range(5)])
print([r.binomialvariate(10**6, 0.01) for _ in range(3)])
print(r.binomialvariate(0, 0.5), r.binomialvariate(7, 0.0), r.binomialvariate(7, 1.0))

# Many draws summarised, covering the rejection loops.
r.seed(77)
print(repr(sum(r.gammavariate(0.7, 1) for _ in range(500))))
print(repr(sum(r.betavariate(1.5, 2.5) for _ in range(500))))
print(repr(sum(r.vonmisesvariate(2, 3) for _ in range(500))))
print(repr(sum(r.normalvariate() for _ in range(500))))
print(sum(r.binomialvariate(60, 0.4) for _ in range(500)))

# gauss() produces values in pairs; seed() forgets the spare one.
r.seed(3)
g1 = r.gauss()
r.seed(3)
print(g1 == r.gauss(), r.gauss_next is not None)
r.seed(3)
print(r.gauss_next)

def err(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

err('gamma alpha 0', lambda: r.gammavariate(0, 1))
err('gamma beta -1', lambda: r.gammavariate(1, -1))
err('beta 0', lambda: r.betavariate(0, 1))
err('expo 0', lambda: r.expovariate(0))
err('pareto 0', lambda: r.paretovariate(0))
err('binomial n<0', lambda: r.binomialvariate(-1, 0.5))
err('binomial p>1', lambda: r.binomialvariate(5, 1.5))
err('binomial p<0', lambda: r.binomialvariate(5, -0.1))
err('uniform str', lambda: r.uniform('a', 'b'))
