# covariance, correlation (linear and ranked) and linear_regression.
import statistics as st
from fractions import Fraction as F

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, y), st.covariance(z, x), st.covariance(z, y))
print(st.correlation(x, x), st.correlation(x, z), st.correlation(x, y))
print(st.correlation(x, y, method='ranked'), st.correlation(x, z, method='ranked'))
orbital = [0.24, 0.61, 1.0, 1.88, 11.86, 29.46, 84.01, 164.8]
dist = [58, 108, 150, 228, 778, 1_400, 2_900, 4_500]
print(st.correlation(orbital, dist), st.correlation(orbital, dist, method='ranked'))
print(st.correlation([x ** 2 for x in orbital], [d ** 3 for d in dist]))
print(st.linear_regression(x, y))
print(st.linear_regression(x, z))
year = [1971, 1975, 1979, 1982, 1983]
films_total = [1, 2, 3, 4, 5]
slope, intercept = st.linear_regression(year, films_total)
print(slope, intercept, round(slope * 2019 + intercept))
print(st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
r = st.linear_regression([2.5, 1.5, 3.25, 4.0], [1.0, 0.5, 2.25, 3.5])
print(r, r.slope, r.intercept, type(r).__name__, r._fields)
print(st.covariance([F(1, 2), F(3, 4), F(1, 8)], [1, 2, 0.5]))
print(st.correlation([1.5, 2.5, 2.5, 7.25], [3.0, 1.0, 2.0, 0.5]))
print(st.correlation([1, 2, 2, 3, 3, 3], [6, 5, 5, 4, 1, 2], method='ranked'))
print(st.covariance(range(5), [0.5, 1.5, 1.0, 3.0, 2.5]))
