# Error cases: StatisticsError and TypeError/ValueError messages.
import statistics as st
from statistics import NormalDist, StatisticsError
from fractions import Fraction as F

print(StatisticsError.__mro__[1].__name__, issubclass(StatisticsError, ValueError))
calls = [
    ('mean', lambda: st.mean([])),
    ('mean str', lambda: st.mean(['a', 'b'])),
    ('fmean', lambda: st.fmean([])),
    ('fmean iter', lambda: st.fmean(iter([]))),
    ('fmean weights len', lambda: st.fmean([1, 2, 3], weights=[1, 2])),
    ('fmean weights zero', lambda: st.fmean([1, 2, 3], weights=[0, 0, 0])),
    ('geometric_mean empty', lambda: st.geometric_mean([])),
    ('geometric_mean zero', lambda: st.geometric_mean([0, 1])),
    ('geometric_mean neg', lambda: st.geometric_mean([-1, 1])),
    ('harmonic_mean empty', lambda: st.harmonic_mean([])),
    ('harmonic_mean neg', lambda: st.harmonic_mean([-1])),
    ('harmonic_mean neg2', lambda: st.harmonic_mean([1, -2])),
    ('harmonic_mean str', lambda: st.harmonic_mean(['a'])),
    ('harmonic_mean weights', lambda: st.harmonic_mean([1, 2], [1])),
    ('harmonic_mean zero weights', lambda: st.harmonic_mean([1, 2], [0, 0])),
    ('median', lambda: st.median([])),
    ('median_low', lambda: st.median_low([])),
    ('median_high', lambda: st.median_high([])),
    ('median_grouped', lambda: st.median_grouped([])),
    ('median_grouped str', lambda: st.median_grouped(['a'])),
    ('median mixed', lambda: st.median([1, 'a'])),
    ('mode', lambda: st.mode([])),
    ('quantiles n', lambda: st.quantiles([1, 2], n=0)),
    ('quantiles one', lambda: st.quantiles([1])),
    ('quantiles method', lambda: st.quantiles([1, 2], method='x')),
    ('variance', lambda: st.variance([1])),
    ('pvariance', lambda: st.pvariance([])),
    ('stdev', lambda: st.stdev([1])),
    ('pstdev', lambda: st.pstdev([])),
    ('variance str', lambda: st.variance(['a', 'b'])),
    ('correlation len', lambda: st.correlation([1, 2], [1])),
    ('correlation short', lambda: st.correlation([1], [1])),
    ('correlation const', lambda: st.correlation([1, 2, 3], [1, 1, 1])),
    ('correlation method', lambda: st.correlation([1, 2, 3], [3, 1, 2], method='x')),
    ('covariance len', lambda: st.covariance([1, 2], [1])),
    ('covariance short', lambda: st.covariance([1], [1])),
    ('linear_regression len', lambda: st.linear_regression([1, 2], [1])),
    ('linear_regression short', lambda: st.linear_regression([1], [1])),
    ('linear_regression const', lambda: st.linear_regression([1, 1], [1, 2])),
    ('NormalDist sigma', lambda: NormalDist(1, -1)),
    ('inv_cdf 0', lambda: NormalDist().inv_cdf(0)),
    ('inv_cdf 1', lambda: NormalDist().inv_cdf(1.0)),
    ('cdf sigma 0', lambda: NormalDist(0, 0).cdf(0.5)),
    ('pdf sigma 0', lambda: NormalDist(0, 0).pdf(0.5)),
    ('zscore sigma 0', lambda: NormalDist(0, 0).zscore(1)),
    ('overlap sigma 0', lambda: NormalDist(0, 0).overlap(NormalDist())),
    ('overlap type', lambda: NormalDist().overlap(1)),
    ('from_samples', lambda: NormalDist.from_samples([1])),
    ('div zero', lambda: NormalDist(1, 2) / 0),
    ('inv_cdf sigma 0', lambda: NormalDist(0, 0).inv_cdf(0.5)),
]
for name, fn in calls:
    try:
        print(name, '->', repr(fn()))
    except Exception as e:
        print(name, '->', type(e).__name__, e)
