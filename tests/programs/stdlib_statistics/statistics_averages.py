# Averages: mean/fmean/geometric/harmonic means, medians, modes, quantiles.
import statistics as st
from fractions import Fraction as F

datasets = [
    [1, 2, 3, 4, 4],
    [1, 2, 3, 4],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [F(1, 2), F(3, 4), F(5, 8)],
    [1, 2.5, F(1, 2)],
    [True, False, True],
    [-1.5, 0.25, 7, -3, 2],
    [0.1] * 10,
    [10 ** 20, 1, 3],
    [7],
]
for d in datasets:
    print(d)
    print('  mean', repr(st.mean(d)), repr(st.fmean(d)))
    print('  median', repr(st.median(d)), repr(st.median_low(d)), repr(st.median_high(d)),
          repr(st.median_grouped(d)), repr(st.median_grouped(d, interval=2)))
    print('  mode', repr(st.mode(d)), st.multimode(d))

print(st.mean(iter([1, 2, 3, 4])), st.mean(range(10)), st.fmean(iter([1, 2])), st.fmean(x for x in [3.5, 4]))
print(st.fmean([1, 2, 3], weights=[1, 1, 1]), st.fmean([10, 20, 30], weights=[0.25, 0.5, 0.25]),
      st.fmean([1, 2, 3], [3, 2, 1]))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([1.5, 2.25, 4]), st.geometric_mean([2]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([F(1, 2), F(1, 3)]),
      st.harmonic_mean([5]), st.harmonic_mean([0, 5]), st.harmonic_mean([40, 60], weights=[5, 30]),
      st.harmonic_mean([1.5, 2], weights=[1, 3]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2),
      st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.mode(['red', 'blue', 'blue', 'red', 'green', 'red']), st.mode('aabbbbbbbbcc'),
      st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91]
print(st.quantiles(data), st.quantiles(data, n=10))
print(st.quantiles(data, n=4, method='inclusive'), st.quantiles(data, n=1), st.quantiles([1, 2], n=5))
print(st.quantiles(range(1, 11)), st.quantiles(range(1, 11), n=10, method='inclusive'))
print(st.quantiles([F(1, 2), F(3, 4), 1], n=3), st.quantiles([1.5, 2.5, 10], n=6))
print(st.mean([F(1, 3), F(2, 3), F(1, 6)]), type(st.mean([1, 2, 3])).__name__,
      type(st.mean([1, 2])).__name__, type(st.mean([1.0, 2])).__name__)
print(st.mean([float('inf'), 1]), st.mean([float('nan'), 1]), st.mean([float('inf'), float('-inf')]))
print(st.median([1, 3, 2, 5]), st.median(['b', 'c', 'a']), st.median_low(['b', 'c', 'a', 'd']))
