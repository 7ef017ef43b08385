# Variance and standard deviation, sample and population, with exact arithmetic.
import statistics as st
from fractions import Fraction as F

datasets = [
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [1, 2, 3, 4],
    [1, 1, 1, 1],
    [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25],
    [F(1, 3), F(1, 4), F(5, 6)],
    [1e9 + 1, 1e9 + 2, 1e9 + 3],
    [1, 2.5, F(1, 2), 7],
    [-5, 5],
    [0.1, 0.2, 0.3, 0.4, 0.5],
    [10 ** 30, 10 ** 30 + 1],
]
for d in datasets:
    print(d)
    print('  ', repr(st.variance(d)), repr(st.pvariance(d)))
    print('  ', repr(st.stdev(d)), repr(st.pstdev(d)))

d = [1, 2, 3, 4]
m = st.mean(d)
print(st.variance(d, m), st.variance(d, 2), st.pvariance(d, m), st.pvariance(d, 0), st.stdev(d, 2.5),
      st.pstdev(d, 2.5))
print(st.variance(iter([1, 2, 3])), st.pstdev(x * 0.5 for x in range(10)))
print(type(st.variance([1, 2, 3])).__name__, type(st.variance([1, 2])).__name__,
      type(st.pvariance([F(1), F(2)])).__name__, type(st.stdev([F(1), F(2)])).__name__)
print(st.pstdev([1, 1, 1]), st.pvariance([5]), st.pstdev([5.5]))
print(st.variance([float('inf'), 1, 2]), st.pvariance([float('nan'), 1]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
