"""Basic statistics of numeric data: averages, spread, relations between two
variables and the normal distribution."""

import math as _m
import random as _random
import sys as _sys
from bisect import bisect_left as _bleft, bisect_right as _bright
from collections import Counter as _Counter, namedtuple as _namedtuple
from fractions import Fraction
from itertools import groupby as _groupby

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean',
    'median', 'median_grouped', 'median_high', 'median_low', 'mode',
    'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


# ------------------------------------------------------------ exact sums

def _decimal_type():
    mod = _sys.modules.get('decimal')
    return None if mod is None else mod.Decimal


def _ratio(x):
    """Exact (numerator, denominator) of a number; (x, None) for
    infinities and NaNs."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return x, None
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _merge_types(kind, other):
    """Result type when values of types kind and other are added."""
    if kind is other:
        return kind
    if other is int or other is bool:
        return kind
    if kind is int:
        return other
    if issubclass(other, kind):
        return other
    if issubclass(kind, other):
        return kind
    if issubclass(kind, int):
        return other
    if issubclass(other, int):
        return kind
    if issubclass(kind, Fraction) and issubclass(other, float):
        return other
    if issubclass(kind, float) and issubclass(other, Fraction):
        return kind
    raise TypeError("don't know how to coerce %s and %s"
                    % (kind.__name__, other.__name__))


class _Tally:
    """Exact running sum of numbers that remembers their common type."""

    def __init__(self):
        self.kind = int
        self.count = 0
        self.by_denominator = {}
        self.odd = None          # float sum of the non-finite values

    def add(self, x):
        self.kind = _merge_types(self.kind, type(x))
        self.count += 1
        top, bottom = _ratio(x)
        if bottom is None:
            self.odd = top if self.odd is None else self.odd + top
        else:
            self.by_denominator[bottom] = \
                self.by_denominator.get(bottom, 0) + top

    def total(self):
        if self.odd is not None:
            return self.odd
        result = Fraction(0)
        for bottom, top in self.by_denominator.items():
            result += Fraction(top, bottom)
        return result


def _sum(values):
    tally = _Tally()
    for x in values:
        tally.add(x)
    return tally.kind, tally.total(), tally.count


def _to_type(value, kind):
    """Turn an exact result back into the data's type."""
    if type(value) is kind:
        return value
    if issubclass(kind, int) and getattr(value, 'denominator', 2) != 1:
        kind = float
    try:
        return kind(value)
    except TypeError:
        dec = _decimal_type()
        if dec is not None and issubclass(kind, dec):
            return kind(value.numerator) / kind(value.denominator)
        raise


def _sqrt_ratio(top, bottom):
    """Correctly rounded float square root of top/bottom (both > 0)."""
    if top <= 0:
        return 0.0
    shift = (112 - top.bit_length() + bottom.bit_length()) // 2 + 1
    if shift >= 0:
        q, rem = divmod(top << (2 * shift), bottom)
    else:
        q, rem = divmod(top, bottom << (-2 * shift))
    root = _m.isqrt(q)
    sticky = 1 if (rem or root * root != q) else 0
    return _m.ldexp(float((root << 1) | sticky), -shift - 1)


def _sum_of_squares(data, center=None):
    """(type, exact sum of squared deviations, mean used, count)."""
    if center is not None:
        kind, ss, n = _sum((x - center) * (x - center) for x in data)
        return kind, ss, center, n
    values = list(data)
    kind, sx, n = _sum(values)
    if n == 0:
        return kind, Fraction(0), Fraction(0), 0
    if not isinstance(sx, Fraction):
        # Infinities or NaNs: squares of those decide the outcome.
        odd = 0.0
        for x in values:
            if _ratio(x)[1] is None:
                odd += x * x
        return kind, odd, sx / n, n
    center = sx / n
    ss = Fraction(0)
    for x in values:
        top, bottom = _ratio(x)
        gap = Fraction(top, bottom) - center
        ss += gap * gap
    return kind, ss, center, n


# --------------------------------------------------------------- averages

def mean(data):
    """Arithmetic mean, computed exactly and returned in the data's type."""
    kind, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _to_type(total / n, kind)


def fmean(data, weights=None):
    """Fast floating-point arithmetic mean, optionally weighted."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return _fsum(data) / n
    if not hasattr(weights, '__len__'):
        weights = list(weights)
    data = list(data)
    top = _fsum(x * w for x, w in zip(data, weights))
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    bottom = _fsum(weights)
    if not bottom:
        raise StatisticsError('sum of weights must be non-zero')
    return top / bottom


def geometric_mean(data):
    """Geometric mean, via the mean of the logarithms."""
    try:
        return _m.exp(fmean([_m.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _no_negatives(values, message):
    for v in values:
        if v < 0:
            raise StatisticsError(message)
        yield v


def harmonic_mean(data, weights=None):
    """Harmonic mean: reciprocal of the mean of reciprocals."""
    data = list(data)
    complaint = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        only = data[0]
        dec = _decimal_type()
        if isinstance(only, (int, float, Fraction)) or \
                (dec is not None and isinstance(only, dec)):
            if only < 0:
                raise StatisticsError(complaint)
            return only
        import numbers
        if isinstance(only, numbers.Real):
            if only < 0:
                raise StatisticsError(complaint)
            return only
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        weight_total = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data '
                                  'size')
        weight_total = _sum(_no_negatives(weights, complaint))[1]
    try:
        kind, total, _ = _sum(w / x if w else 0 for w, x in
                              zip(weights, _no_negatives(data, complaint)))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _to_type(weight_total / total, kind)


def median(data):
    """Middle value; the mean of the two middle values for even sizes."""
    ordered = sorted(data)
    size = len(ordered)
    if not size:
        raise StatisticsError('no median for empty data')
    half = size // 2
    if size % 2:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """Lower of the two middle values for even sizes."""
    ordered = sorted(data)
    size = len(ordered)
    if not size:
        raise StatisticsError('no median for empty data')
    return ordered[(size - 1) // 2]


def median_high(data):
    """Higher of the two middle values for even sizes."""
    ordered = sorted(data)
    size = len(ordered)
    if not size:
        raise StatisticsError('no median for empty data')
    return ordered[size // 2]


def median_grouped(data, interval=1):
    """Median of continuous data grouped in classes of width interval,
    found by interpolation inside the middle class."""
    ordered = sorted(data)
    size = len(ordered)
    if not size:
        raise StatisticsError('no median for empty data')
    middle = ordered[size // 2]
    below = _bleft(ordered, middle)
    upto = _bright(ordered, middle, lo=below)
    try:
        width = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_edge = middle - width / 2.0
    return lower_edge + width * (size / 2 - below) / (upto - below)


def mode(data):
    """Most common value (the first seen among equally common ones)."""
    top = _Counter(iter(data)).most_common(1)
    if not top:
        raise StatisticsError('no mode for empty data')
    return top[0][0]


def multimode(data):
    """All most common values, in order of first appearance."""
    tally = _Counter(iter(data))
    if not tally:
        return []
    best = max(tally.values())
    return [value for value, seen in tally.items() if seen == best]


def quantiles(data, *, n=4, method='exclusive'):
    """n-1 cut points dividing data into n equal-probability groups."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for k in range(1, n):
            idx, frac = divmod(k * span, n)
            cuts.append((ordered[idx] * (n - frac) +
                         ordered[idx + 1] * frac) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for k in range(1, n):
            idx = min(max(k * span // n, 1), size - 1)
            frac = k * span - idx * n
            cuts.append((ordered[idx - 1] * (n - frac) +
                         ordered[idx] * frac) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# ----------------------------------------------------------------- spread

def variance(data, xbar=None):
    """Sample variance (divides by n - 1)."""
    kind, ss, _, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _to_type(ss / (n - 1), kind)


def pvariance(data, mu=None):
    """Population variance (divides by n)."""
    kind, ss, _, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _to_type(ss / n, kind)


def _root(value, kind):
    if not isinstance(value, Fraction):
        return _m.sqrt(value)
    dec = _decimal_type()
    if dec is not None and issubclass(kind, dec):
        return _to_type(value, kind).sqrt()
    return _sqrt_ratio(value.numerator, value.denominator)


def stdev(data, xbar=None):
    """Sample standard deviation: square root of variance()."""
    kind, ss, _, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root(ss / (n - 1), kind)


def pstdev(data, mu=None):
    """Population standard deviation: square root of pvariance()."""
    kind, ss, _, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root(ss / n, kind)


# -------------------------------------------------- two-variable statistics

def _fsum(values):
    # float() first: not every fsum accepts Fractions and other Reals.
    return _m.fsum(map(float, values))


def _dot(u, v):
    """Sum of products, correctly rounded when everything is finite."""
    u, v = list(u), list(v)
    if all(type(a) is int for a in u) and all(type(b) is int for b in v):
        return sum(a * b for a, b in zip(u, v))
    exact = Fraction(0)
    try:
        for a, b in zip(u, v):
            exact += Fraction(a) * Fraction(b)
    except (TypeError, ValueError, OverflowError):
        return _m.fsum(float(a) * float(b) for a, b in zip(u, v))
    return float(exact)


def _check_pair(x, y, what):
    size = len(x)
    if len(y) != size:
        raise StatisticsError(f'{what} requires that both inputs have same '
                              'number of data points')
    if size < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return size


def _centered(values, size):
    middle = _fsum(values) / size
    return [v - middle for v in values], middle


def _ranks(values, start):
    """Rank of each value (ties share their average rank)."""
    order = sorted(zip(values, range(len(values))))
    out = [0] * len(order)
    seen = 0
    for _, group in _groupby(order, key=lambda pair: pair[0]):
        members = list(group)
        shared = seen + start + (len(members) - 1) / 2
        for _, position in members:
            out[position] = shared
        seen += len(members)
    return out


def covariance(x, y, /):
    """Sample covariance of two equally long inputs."""
    size = _check_pair(x, y, 'covariance')
    dx, _ = _centered(x, size)
    dy, _ = _centered(y, size)
    return _dot(dx, dy) / (size - 1)


def correlation(x, y, /, *, method='linear'):
    """Pearson's (or, with method='ranked', Spearman's) coefficient."""
    size = _check_pair(x, y, 'correlation')
    if method not in ('linear', 'ranked'):
        raise ValueError(f'Unknown method: {method!r}')
    if method == 'ranked':
        offset = (size - 1) / -2
        x, y = _ranks(x, offset), _ranks(y, offset)
    else:
        x, _ = _centered(x, size)
        y, _ = _centered(y, size)
    sxy, sxx, syy = _dot(x, y), _dot(x, x), _dot(y, y)
    try:
        return sxy / _m.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = _namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Ordinary least-squares fit y = slope * x + intercept."""
    size = _check_pair(x, y, 'linear regression')
    if not proportional:
        x, xbar = _centered(x, size)
        y, ybar = _centered(y, size)
    try:
        slope = _dot(x, y) / _dot(x, x)
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ------------------------------------------------------ normal distribution

def _erf(z):
    """Error function (series with positive terms; saturates past 6)."""
    if z != z:
        return z
    if z < 0:
        return -_erf(-z)
    if z >= 6.0:
        return 1.0
    z2 = z * z
    term = z
    acc = z
    k = 0
    while True:
        k += 1
        term *= 2.0 * z2 / (2 * k + 1)
        if acc + term == acc:
            break
        acc += term
    return 2.0 / _m.sqrt(_m.pi) * _m.exp(-z2) * acc


_erf_fn = getattr(_m, 'erf', _erf)


def _poly(coeffs, t):
    """Evaluate coeffs[0] + coeffs[1]*t + ... by Horner's rule."""
    acc = coeffs[-1]
    for c in reversed(coeffs[:-1]):
        acc = acc * t + c
    return acc


# Coefficients of algorithm AS 241 (Wichura, 1988), PPND16.
_CENTRAL_NUM = (3.3871328727963666080e0, 1.3314166789178437745e+2,
                1.9715909503065514427e+3, 1.3731693765509461125e+4,
                4.5921953931549871457e+4, 6.7265770927008700853e+4,
                3.3430575583588128105e+4, 2.5090809287301226727e+3)
_CENTRAL_DEN = (1.0, 4.2313330701600911252e+1, 6.8718700749205790830e+2,
                5.3941960214247511077e+3, 2.1213794301586595867e+4,
                3.9307895800092710610e+4, 2.8729085735721942674e+4,
                5.2264952788528545610e+3)
_NEAR_NUM = (1.42343711074968357734e0, 4.63033784615654529590e0,
             5.76949722146069140550e0, 3.64784832476320460504e0,
             1.27045825245236838258e0, 2.41780725177450611770e-1,
             2.27238449892691845833e-2, 7.74545014278341407640e-4)
_NEAR_DEN = (1.0, 2.05319162663775882187e0, 1.67638483018380384940e0,
             6.89767334985100004550e-1, 1.48103976427480074590e-1,
             1.51986665636164571966e-2, 5.47593808499534494600e-4,
             1.05075007164441684324e-9)
_FAR_NUM = (6.65790464350110377720e0, 5.46378491116411436990e0,
            1.78482653991729133580e0, 2.96560571828504891230e-1,
            2.65321895265761230930e-2, 1.24266094738807843860e-3,
            2.71155556874348757815e-5, 2.01033439929228813265e-7)
_FAR_DEN = (1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1,
            1.48753612908506148525e-2, 7.86869131145613259100e-4,
            1.84631831751005468180e-5, 1.42151175831644588870e-7,
            2.04426310338993978564e-15)


def _standard_quantile(p):
    """Inverse of the standard normal CDF."""
    q = p - 0.5
    if abs(q) <= 0.425:
        t = 0.180625 - q * q
        return q * _poly(_CENTRAL_NUM, t) / _poly(_CENTRAL_DEN, t)
    t = p if q <= 0.0 else 1.0 - p
    t = _m.sqrt(-_m.log(t))
    if t <= 5.0:
        t -= 1.6
        z = _poly(_NEAR_NUM, t) / _poly(_NEAR_DEN, t)
    else:
        t -= 5.0
        z = _poly(_FAR_NUM, t) / _poly(_FAR_DEN, t)
    return -z if q < 0.0 else z


class NormalDist:
    """Normal distribution with mean mu and standard deviation sigma."""

    __slots__ = {
        '_mu': 'Arithmetic mean of a normal distribution',
        '_sigma': 'Standard deviation of a normal distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """Estimate mu and sigma from sample data."""
        kind, ss, center, n = _sum_of_squares(data)
        if n < 2:
            raise StatisticsError('stdev requires at least two data points')
        spread = ss / (n - 1)
        if isinstance(spread, Fraction):
            sigma = _sqrt_ratio(spread.numerator, spread.denominator)
        else:
            sigma = _m.sqrt(spread)
        return cls(float(center), sigma)

    def samples(self, n, *, seed=None):
        """n random draws (reproducible when seed is given)."""
        draw = _random.Random(seed).gauss
        return [draw(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        """Probability density at x."""
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        gap = x - self._mu
        return _m.exp(gap * gap / (-2.0 * var)) / _m.sqrt(_m.tau * var)

    def cdf(self, x):
        """Probability that a draw is at most x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        scaled = (x - self._mu) / (self._sigma * _m.sqrt(2.0))
        return 0.5 * (1.0 + _erf_fn(scaled))

    def inv_cdf(self, p):
        """Value x with cdf(x) == p (the quantile function)."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        return self._mu + _standard_quantile(p) * self._sigma

    def quantiles(self, n=4):
        """n-1 cut points splitting the distribution into equal parts."""
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """Overlapping coefficient of two normal densities (0.0 to 1.0)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        lo, hi = self, other
        if (hi._sigma, hi._mu) < (lo._sigma, lo._mu):
            lo, hi = hi, lo
        v1, v2 = lo.variance, hi.variance
        if not v1 or not v2:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = v2 - v1
        dm = abs(hi._mu - lo._mu)
        if not dv:
            return 1.0 - _erf_fn(dm / (2.0 * lo._sigma * _m.sqrt(2.0)))
        # The densities cross at two points; integrate between them.
        a = lo._mu * v2 - hi._mu * v1
        b = lo._sigma * hi._sigma * _m.sqrt(dm * dm + dv * _m.log(v2 / v1))
        x1, x2 = (a + b) / dv, (a - b) / dv
        return 1.0 - (abs(hi.cdf(x1) - lo.cdf(x1)) +
                      abs(hi.cdf(x2) - lo.cdf(x2)))

    def zscore(self, x):
        """Number of standard deviations x lies above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    mean = property(lambda self: self._mu, doc='Arithmetic mean.')
    median = property(lambda self: self._mu, doc='Middle value.')
    mode = property(lambda self: self._mu, doc='Most likely value.')
    stdev = property(lambda self: self._sigma, doc='Standard deviation.')
    variance = property(lambda self: self._sigma ** 2.0, doc='Variance.')

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu,
                              _m.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu,
                              _m.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, factor):
        return NormalDist(self._mu * factor, self._sigma * abs(factor))

    def __truediv__(self, divisor):
        return NormalDist(self._mu / divisor, self._sigma / abs(divisor))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__
    __rmul__ = __mul__

    def __rsub__(self, other):
        return -(self - other)

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return (self._mu, self._sigma) == (other._mu, other._sigma)

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu,
                                        self._sigma)

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
