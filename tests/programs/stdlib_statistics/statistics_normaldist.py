# The NormalDist class.
import statistics as st
from statistics import NormalDist

n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
print(NormalDist(), NormalDist(1, 2) == NormalDist(1.0, 2.0), NormalDist(1, 2) == NormalDist(1, 3),
      NormalDist(1, 2) == 1, NormalDist(1, 2) != 'x')
print(hash(NormalDist(1, 2)) == hash(NormalDist(1.0, 2.0)))
for p in [0.001, 0.025, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975, 0.999, 1e-10, 1 - 1e-10, 0.3, 0.62]:
    print(p, n.inv_cdf(p), NormalDist().inv_cdf(p))
print(n.quantiles(), n.quantiles(10), NormalDist(0, 0).quantiles())
for x in [70, 85, 100, 115, 130.5]:
    print(x, round(n.cdf(x), 12), n.pdf(x), n.zscore(x))
print(round(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), 12))
print(round(NormalDist(0, 1).overlap(NormalDist(0, 1)), 12), round(NormalDist(0, 1).overlap(NormalDist(1, 1)), 12))
print(NormalDist(1, 2) + NormalDist(2, 3), NormalDist(1, 2) - NormalDist(2, 3))
print(NormalDist(1, 2) + 5, 5 + NormalDist(1, 2), NormalDist(1, 2) - 5, 5 - NormalDist(1, 2))
print(NormalDist(1, 2) * -2, 3 * NormalDist(1, 2), NormalDist(1, 2) / 4, -NormalDist(1, 2), +NormalDist(1, 2))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), NormalDist.from_samples([1, 2, 4]))
temperature_feb = NormalDist.from_samples([4, 12, -3, 2, 7, 14])
print(temperature_feb, round(temperature_feb.cdf(0), 12))
print(NormalDist(10, 2).samples(4, seed=42))
print(NormalDist(0, 1).samples(3, seed='abc'))
print(len(NormalDist().samples(5)), NormalDist().samples(0))
print(sorted(k for k in NormalDist.__slots__))


class Sub(NormalDist):
    pass


print(Sub(1, 2), type(Sub(1, 2) + 1).__name__)
