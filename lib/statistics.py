"""Basic statistics for numeric data: averages, measures of spread,
relations between two variables, and the NormalDist class.

Where it matters, sums are accumulated exactly (as fractions) and only the
final result is rounded, so results do not depend on the order of the data.
"""

__all__ = [
    "NormalDist",
    "StatisticsError",
    "correlation",
    "covariance",
    "fmean",
    "geometric_mean",
    "harmonic_mean",
    "linear_regression",
    "mean",
    "median",
    "median_grouped",
    "median_high",
    "median_low",
    "mode",
    "multimode",
    "pstdev",
    "pvariance",
    "quantiles",
    "stdev",
    "variance",
]

import math
import numbers
import random

from fractions import Fraction
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict, namedtuple
from functools import reduce
from itertools import count, groupby, repeat
from operator import itemgetter

from math import exp, fabs, hypot, isfinite, isinf, log, sqrt, tau

try:
    from decimal import Decimal
except ImportError:
    class Decimal:
        """Stand-in used only for isinstance/issubclass checks when the
        decimal module is unavailable."""

_SQRT2 = sqrt(2.0)


class StatisticsError(ValueError):
    pass


# -- exact float helpers (used when the math module lacks them) ----------

def _scale_to_float(n, shift):
    """The float nearest to n * 2**shift (n an int), rounding ties to even.
    Raises OverflowError if the result is too large for a float."""
    if n == 0:
        return 0.0
    negative = n < 0
    if negative:
        n = -n
    extra = n.bit_length() - 60
    if extra > 0:
        # Keep 60 bits and fold the discarded ones into a sticky bit, so the
        # single rounding done by float() below is the correct one.
        sticky = 1 if n & ((1 << extra) - 1) else 0
        n = (n >> extra) | sticky
        shift += extra
    x = float(n)
    # Apply the power of two in steps that cannot overflow on their own.
    while shift > 0:
        step = min(shift, 1000)
        x *= 2.0 ** step
        shift -= step
    while shift < 0:
        step = max(shift, -1000)
        x *= 2.0 ** step
        shift -= step
    if isinf(x):
        raise OverflowError("result too large for a float")
    return -x if negative else x


# Finite values at or above this magnitude round to infinity.
_OVERFLOW_LIMIT = (1 << 1024) - (1 << 970)


def _pow2_exponent(d):
    """For d a power of two, the exponent k with d == 2**k."""
    return d.bit_length() - 1


def _fsum(iterable):
    """Correctly rounded floating-point sum (math.fsum semantics)."""
    numer = 0
    exp2 = 0
    special = None
    inf_signs = set()
    overflow = False
    for item in iterable:
        x = _as_float(item)
        if not isfinite(x):
            if x != x:
                special = x
            else:
                inf_signs.add(x > 0)
            continue
        n, d = x.as_integer_ratio()
        k = _pow2_exponent(d)
        # Keep numer / 2**exp2 as the exact running total.
        if k > exp2:
            numer <<= k - exp2
            exp2 = k
        numer += n << (exp2 - k)
        # Like math.fsum, fail as soon as a running total leaves the float
        # range (it would round to infinity), even if later terms cancel.
        if numer.bit_length() - exp2 > 1023 and abs(numer) >= _OVERFLOW_LIMIT << exp2:
            overflow = True
    if len(inf_signs) == 2:
        raise ValueError("-inf + inf in fsum")
    if special is not None:
        return special
    if inf_signs:
        return math.inf if True in inf_signs else -math.inf
    if overflow:
        raise OverflowError("intermediate overflow in fsum")
    try:
        return _scale_to_float(numer, -exp2)
    except OverflowError:
        raise OverflowError("intermediate overflow in fsum") from None


def _sumprod(p, q):
    """Sum of products of two equal-length iterables (math.sumprod
    semantics): exact for ints, correctly rounded for floats."""
    p_it = iter(p)
    q_it = iter(q)
    pairs = []
    sentinel = object()
    while True:
        a = next(p_it, sentinel)
        b = next(q_it, sentinel)
        if a is sentinel or b is sentinel:
            if a is not b:
                raise ValueError("Inputs are not the same length")
            break
        pairs.append((a, b))
    kinds = set()
    for a, b in pairs:
        kinds.add(type(a))
        kinds.add(type(b))
    if kinds <= {int, bool}:
        total = 0
        for a, b in pairs:
            total += a * b
        return total
    if kinds <= {int, bool, float}:
        finite = True
        for a, b in pairs:
            if (type(a) is float and not isfinite(a)) or (type(b) is float and not isfinite(b)):
                finite = False
                break
        if finite:
            numer = 0
            exp2 = 0
            for a, b in pairs:
                an, ad = (a.as_integer_ratio() if type(a) is float else (int(a), 1))
                bn, bd = (b.as_integer_ratio() if type(b) is float else (int(b), 1))
                k = _pow2_exponent(ad) + _pow2_exponent(bd)
                n = an * bn
                if k > exp2:
                    numer <<= k - exp2
                    exp2 = k
                numer += n << (exp2 - k)
            return _scale_to_float(numer, -exp2)
    total = 0
    for a, b in pairs:
        total += a * b
    return total


_TWO_OVER_SQRT_PI = {}


def _fixed_two_over_sqrt_pi(bits):
    """2/sqrt(pi) as a fixed-point integer scaled by 2**bits."""
    cached = _TWO_OVER_SQRT_PI.get(bits)
    if cached is not None:
        return cached
    guard = bits + 20
    one = 1 << guard

    def arctan_inv(m):
        # arctan(1/m) from its alternating power series, in fixed point.
        total = 0
        power = one // m
        k = 1
        m2 = m * m
        positive = True
        while power:
            total += power // k if positive else -(power // k)
            power //= m2
            k += 2
            positive = not positive
        return total

    pi = 4 * (4 * arctan_inv(5) - arctan_inv(239))  # Machin's formula
    # sqrt(4/pi) * 2**guard, then drop the guard bits.
    value = math.isqrt((4 << (3 * guard)) // pi) >> (guard - bits)
    if len(_TWO_OVER_SQRT_PI) > 8:
        _TWO_OVER_SQRT_PI.clear()
    _TWO_OVER_SQRT_PI[bits] = value
    return value


def _erf(x):
    """Error function from its Maclaurin series, summed in high-precision
    fixed point so that the result is (almost always) correctly rounded."""
    x = float(x)
    if x != x or x == 0.0:
        return x
    if x >= 6.0:
        return 1.0
    if x <= -6.0:
        return -1.0
    negative = x < 0.0
    n, d = abs(x).as_integer_ratio()
    bits = 200 + max(0, d.bit_length() - n.bit_length())
    fx = (n << bits) // d
    fx2 = (fx * fx) >> bits
    term = fx           # |x|**(2k+1) / k!, in fixed point
    total = 0
    k = 0
    while True:
        piece = term // (2 * k + 1)
        if not piece:
            break
        total += -piece if k % 2 else piece
        k += 1
        term = ((term * fx2) >> bits) // k
    result = _scale_to_float(total * _fixed_two_over_sqrt_pi(bits), -2 * bits)
    return -result if negative else result


def _as_float(x):
    """float(x) for real numbers only (strings are not numbers here)."""
    if isinstance(x, float):
        return x
    if isinstance(x, (str, bytes, bytearray)):
        raise TypeError("must be real number, not %s" % type(x).__name__)
    return float(x)


_native_fsum = getattr(math, "fsum", None)
if _native_fsum is not None:
    def _fsum_impl(data):
        """math.fsum, fed floats so that any real number is accepted."""
        return _native_fsum(map(_as_float, data))
else:
    _fsum_impl = _fsum
_sumprod_impl = getattr(math, "sumprod", None) or _sumprod
_erf_impl = getattr(math, "erf", None) or _erf


# -- exact summation machinery -----------------------------------------

def _exact_ratio(x):
    """(numerator, denominator) of x exactly; (x, None) for infinities
    and NaNs."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _coerce(T, S):
    """The type a mixture of values of types T and S should be reported as."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sum(data):
    """Exact sum of data: returns (type, total, count), total being a
    Fraction (or an int for no data, or a float for INF/NAN sums)."""
    count_ = 0
    types = set()
    partials = {}
    for typ, values in groupby(data, type):
        types.add(typ)
        for n, d in map(_exact_ratio, values):
            count_ += 1
            partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = sum(Fraction(n, d) for d, n in partials.items())
    T = reduce(_coerce, types, int)
    return (T, total, count_)


def _ss(data, c=None):
    """Exact sum of squared deviations: returns (type, ss, mean, count).
    With c given, deviations are taken from c instead of the mean."""
    if c is not None:
        T, total, n = _sum((x - c) * (x - c) for x in data)
        return (T, total, c, n)
    n = 0
    types = set()
    sx = defaultdict(int)
    sxx = defaultdict(int)
    for typ, values in groupby(data, type):
        types.add(typ)
        for num, den in map(_exact_ratio, values):
            n += 1
            sx[den] += num
            sxx[den] += num * num
    if not n:
        ss = mean_ = Fraction(0)
    elif None in sx:
        ss = mean_ = sx[None]
    else:
        total = sum(Fraction(num, den) for den, num in sx.items())
        total_sq = sum(Fraction(num, den * den) for den, num in sxx.items())
        ss = (n * total_sq - total * total) / n
        mean_ = total / n
    T = reduce(_coerce, types, int)
    return (T, ss, mean_, n)


def _convert(value, T):
    """Convert the exact result value to type T where possible."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if issubclass(T, Decimal):
            return T(value.numerator) / T(value.denominator)
        raise


def _fail_neg(values, errmsg="negative value"):
    """Pass values through, raising StatisticsError on a negative one."""
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _float_sqrt_of_frac(n, m):
    """sqrt(n / m) correctly rounded to a float (n >= 0, m > 0)."""
    if n <= 0:
        if n == 0:
            return 0.0
        raise ValueError("math domain error")
    # Pick s so that the integer square root below has at least 56 bits.
    s = (112 - (n.bit_length() - m.bit_length())) // 2 + 1
    if s >= 0:
        num, den = n << (2 * s), m
    else:
        num, den = n, m << (-2 * s)
    q_floor, rem = divmod(num, den)
    root = math.isqrt(q_floor)
    if rem or root * root != q_floor:
        root |= 1  # round-to-odd keeps the final rounding correct
    return _scale_to_float(root, -s)


def mean(data):
    """Arithmetic mean, computed exactly and converted to the data's type."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Fast floating-point arithmetic mean, optionally weighted."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            counter = [0]

            def counted(it):
                for i, x in enumerate(it, 1):
                    counter[0] = i
                    yield x

            total = _fsum_impl(counted(data))
            n = counter[0]
        else:
            total = _fsum_impl(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    try:
        num = _sumprod_impl(data, weights)
    except ValueError:
        raise StatisticsError("data and weights must be the same length")
    den = _fsum_impl(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    """Geometric mean of positive data, as a float."""
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset "
                              "containing positive numbers") from None


def harmonic_mean(data, weights=None):
    """Harmonic mean (reciprocal of the mean of reciprocals), optionally
    weighted; any zero value gives 0."""
    if iter(data) is data:
        data = list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (numbers.Real, Decimal)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = repeat(1, n)
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, _ = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(sum_weights / total, T)


def median(data):
    """Middle value of the sorted data; mean of the two middle values
    when the count is even."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    half = n // 2
    if n % 2:
        return data[half]
    return (data[half - 1] + data[half]) / 2


def median_low(data):
    """Middle value, or the smaller of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """Middle value, or the larger of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Median of continuous data grouped in classes of width interval,
    found by interpolating within the median class."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    mid = data[n // 2]
    lo = bisect_left(data, mid)
    hi = bisect_right(data, mid, lo=lo)
    try:
        interval = float(interval)
        mid = float(mid)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    lower = mid - interval / 2.0
    below = lo
    freq = hi - lo
    return lower + interval * (n / 2 - below) / freq


def mode(data):
    """The most common value (the first one seen, on ties)."""
    top = Counter(iter(data)).most_common(1)
    if not top:
        raise StatisticsError("no mode for empty data")
    return top[0][0]


def multimode(data):
    """All values sharing the highest count, in order of first appearance."""
    counts = Counter(iter(data))
    if not counts:
        return []
    best = max(counts.values())
    return [value for value, c in counts.items() if c == best]


def quantiles(data, *, n=4, method="exclusive"):
    """n - 1 cut points dividing the data into n equal-probability groups."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    if method == "inclusive":
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            if j < 1:
                j = 1
            elif j > ld - 1:
                j = ld - 1
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError("Unknown method: %r" % (method,))


# -- spread ------------------------------------------------------------------

def variance(data, xbar=None):
    """Sample variance (divides by n - 1); xbar may supply the mean."""
    T, ss, _, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Population variance (divides by n); mu may supply the mean."""
    T, ss, _, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(ss / n, T)


def _decimal_sqrt(value):
    """Square root of a Fraction as a Decimal."""
    return (Decimal(value.numerator) / Decimal(value.denominator)).sqrt()


def stdev(data, xbar=None):
    """Sample standard deviation (square root of the sample variance)."""
    T, ss, _, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    mss = ss / (n - 1)
    if issubclass(T, Decimal):
        return _decimal_sqrt(mss)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """Population standard deviation."""
    T, ss, _, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    mss = ss / n
    if issubclass(T, Decimal):
        return _decimal_sqrt(mss)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def _mean_stdev(data):
    """(mean, sample stdev) as floats, in one pass over the data."""
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    mss = ss / (n - 1)
    try:
        return float(xbar), _float_sqrt_of_frac(mss.numerator, mss.denominator)
    except AttributeError:
        # INF or NAN data: ss is a float here.
        return float(xbar), float(xbar) / float(ss)


# -- two variables -----------------------------------------------------------

def _rank(data, *, key=None, reverse=False, ties="average", start=1):
    """Rank the data (1 for the smallest by default); tied values share
    the average of their ranks."""
    if ties != "average":
        raise ValueError("Unknown tie resolution method: %r" % (ties,))
    if key is not None:
        data = map(key, data)
    ordered = sorted(zip(data, count()), reverse=reverse)
    result = [0] * len(ordered)
    position = start - 1
    for _, group in groupby(ordered, key=itemgetter(0)):
        group = list(group)
        size = len(group)
        rank = position + (size + 1) / 2
        for _, where in group:
            result[where] = rank
        position += size
    return result


def covariance(x, y, /):
    """Sample covariance of two equal-length inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("covariance requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("covariance requires at least two data points")
    xbar = _fsum_impl(x) / n
    ybar = _fsum_impl(y) / n
    sxy = _sumprod_impl([xi - xbar for xi in x], [yi - ybar for yi in y])
    return sxy / (n - 1)


def correlation(x, y, /, *, method="linear"):
    """Pearson's correlation coefficient, or Spearman's rank correlation
    with method='ranked'."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("correlation requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("correlation requires at least two data points")
    if method not in ("linear", "ranked"):
        raise ValueError("Unknown method: %r" % (method,))
    if method == "ranked":
        start = (n - 1) / -2
        x = _rank(x, start=start)
        y = _rank(y, start=start)
    else:
        xbar = _fsum_impl(x) / n
        ybar = _fsum_impl(y) / n
        x = [xi - xbar for xi in x]
        y = [yi - ybar for yi in y]
    sxy = _sumprod_impl(x, y)
    sxx = _sumprod_impl(x, x)
    syy = _sumprod_impl(y, y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"), module=__name__)


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through (x, y);
    with proportional=True the line is forced through the origin."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("linear regression requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("linear regression requires at least two data points")
    if not proportional:
        xbar = _fsum_impl(x) / n
        ybar = _fsum_impl(y) / n
        x = [xi - xbar for xi in x]
        y = [yi - ybar for yi in y]
    sxy = _sumprod_impl(x, y) + 0.0
    sxx = _sumprod_impl(x, x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# -- the normal distribution -------------------------------------------------

def _normal_inv_cdf(p, mu, sigma):
    """Inverse of the normal CDF by Wichura's algorithm AS 241 (PPND16)."""
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num = (((((((2.5090809287301226727e+3 * r +
                     3.3430575583588128105e+4) * r +
                    6.7265770927008700853e+4) * r +
                   4.5921953931549871457e+4) * r +
                  1.3731693765509461125e+4) * r +
                 1.9715909503065514427e+3) * r +
                1.3314166789178437745e+2) * r +
               3.3871328727963666080e+0) * q
        den = (((((((5.2264952788528545610e+3 * r +
                     2.8729085735721942674e+4) * r +
                    3.9307895800092710610e+4) * r +
                   2.1213794301586595867e+4) * r +
                  5.3941960214247511077e+3) * r +
                 6.8718700749205790830e+2) * r +
                4.2313330701600911252e+1) * r +
               1.0)
        return mu + (num / den) * sigma
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(r))
    if r <= 5.0:
        r = r - 1.6
        num = (((((((7.74545014278341407640e-4 * r +
                     2.27238449892691845833e-2) * r +
                    2.41780725177450611770e-1) * r +
                   1.27045825245236838258e+0) * r +
                  3.64784832476320460504e+0) * r +
                 5.76949722146069140550e+0) * r +
                4.63033784615654529590e+0) * r +
               1.42343711074968357734e+0)
        den = (((((((1.05075007164441684324e-9 * r +
                     5.47593808499534494600e-4) * r +
                    1.51986665636164571966e-2) * r +
                   1.48103976427480074590e-1) * r +
                  6.89767334985100004550e-1) * r +
                 1.67638483018380384940e+0) * r +
                2.05319162663775882187e+0) * r +
               1.0)
    else:
        r = r - 5.0
        num = (((((((2.01033439929228813265e-7 * r +
                     2.71155556874348757815e-5) * r +
                    1.24266094738807843860e-3) * r +
                   2.65321895265761230930e-2) * r +
                  2.96560571828504891230e-1) * r +
                 1.78482653991729133580e+0) * r +
                5.46378491116411436990e+0) * r +
               6.65790464350110377720e+0)
        den = (((((((2.04426310338993978564e-15 * r +
                     1.42151175831644588870e-7) * r +
                    1.84631831751005468180e-5) * r +
                   7.86869131145613259100e-4) * r +
                  1.48753612908506148525e-2) * r +
                 1.36929880922735805310e-1) * r +
                5.99832206555887937690e-1) * r +
               1.0)
    x = num / den
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


class NormalDist:
    """A normal distribution with mean mu and standard deviation sigma."""

    __slots__ = {
        "_mu": "Arithmetic mean of the distribution.",
        "_sigma": "Standard deviation of the distribution.",
    }

    def __init__(self, mu=0.0, sigma=1.0):
        """NormalDist(mu, sigma); sigma must not be negative."""
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """Estimate mu and sigma from sample data."""
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        """n random values drawn from the distribution."""
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in repeat(None, n)]

    def pdf(self, x):
        """Probability density at x."""
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(tau * variance)

    def cdf(self, x):
        """Probability that a random value is at most x."""
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + _erf_impl((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The x with cdf(x) == p (the quantile function)."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        return _normal_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """n - 1 cut points splitting the distribution into n equal parts."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """Overlapping coefficient: the area shared by the two densities."""
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError("overlap() not defined when sigma is zero")
        dv = Y_var - X_var
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - _erf_impl(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """Number of standard deviations x lies above the mean."""
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        """The mean (mu)."""
        return self._mu

    @property
    def median(self):
        """The median, equal to the mean."""
        return self._mu

    @property
    def mode(self):
        """The mode, equal to the mean."""
        return self._mu

    @property
    def stdev(self):
        """The standard deviation (sigma)."""
        return self._sigma

    @property
    def variance(self):
        """The variance (sigma squared)."""
        return self._sigma * self._sigma

    def __add__(x1, x2):
        """Shift by a constant, or add two independent normal variables."""
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        """Shift by a constant, or subtract an independent normal variable."""
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        """Scale by a constant."""
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        """Scale by the reciprocal of a constant."""
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        """x2 - x1"""
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        """Equal when both mu and sigma are equal."""
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return "%s(mu=%r, sigma=%r)" % (type(self).__name__, self._mu, self._sigma)

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
