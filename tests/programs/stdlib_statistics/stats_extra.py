# Extra statistics checks: exact variance, grouped median, quantiles, NormalDist.
import statistics as st
from fractions import Fraction as F

print(st.variance([0.1, 0.2, 0.3]), st.pvariance([1e10 + 0.1, 1e10 + 0.2]), st.stdev([F(1, 3), 1, 2]))
print(st.mean([F(1, 2), 2]), st.mean([1, 2, 3.5]), st.median([F(1), F(2)]), st.median_grouped([1, 2, 2, 3], 0.5))
print(st.quantiles([1, 5, 2, 8, 7, 3], n=3), st.quantiles([1.5, 2.25, 3], n=4, method='inclusive'))
print(st.harmonic_mean([2, 4, 8]), st.geometric_mean([1, 10, 100]), st.fmean([1, 2], weights=iter([1, 3])))
print(st.mode([1.5, 2, 2, 1.5, 3]), st.multimode(['x', 'y', 'x', 'y', 'z']))
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.covariance([1, 2, 3], [1, 0, -1]))
print(st.linear_regression([0, 1, 2, 3], [1, 3, 5, 8]))
nd = NormalDist = st.NormalDist
a = nd(5, 2)
print(a.cdf(7), a.pdf(5), a.inv_cdf(0.95), a.zscore(1), a.quantiles(5))
print(round(nd(0, 1).overlap(nd(0, 2)), 12), a * 0.5, a + a, nd.from_samples([1.0, 2.0, 3.0, 10.0]))
print(st.stdev([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.pstdev([F(1, 7), F(2, 7), F(4, 7)]))
