"""Mathematical functions over complex numbers, on the principal branches,
following C99 Annex G for infinite and NaN inputs."""

# CPython implements this module in C: its frames stay out of tracebacks and profiles.
__native_module__ = True

import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_isinf = _m.isinf
_isnan = _m.isnan
_isfinite = _m.isfinite
_copysign = _m.copysign
_atan2 = _m.atan2
_hypot = _m.hypot
_log = _m.log
_log1p = _m.log1p
_sqrt = _m.sqrt
_cos = _m.cos
_sin = _m.sin
_exp = _m.exp
_cosh = _m.cosh
_sinh = _m.sinh
_ldexp = _m.ldexp


def _asinh(x):
    # Real inverse hyperbolic sine, computed as the C library does
    # (Ferrython's math.asinh can be off by an ulp for large arguments).
    ax = abs(x)
    if not _isfinite(x) or ax < 3.725290298461914e-09:
        return x
    if ax >= 268435712.0:
        w = _log(ax) + _LN2
    elif ax >= 2.0000019073486328:
        w = _log(2.0 * ax + 1.0 / (_sqrt(x * x + 1.0) + ax))
    else:
        t = x * x
        w = _log1p(ax + t / (1.0 + _sqrt(1.0 + t)))
    return _copysign(w, x)

_DBL_MIN = 2.2250738585072014e-308  # sys.float_info.min
# Beyond these magnitudes the textbook formulas would overflow part-way,
# so the functions switch to rescaled forms.
_LARGE = 1.7976931348623157e+308 / 4.0  # sys.float_info.max / 4
_SQRT_LARGE = _sqrt(_LARGE)
_LOG_LARGE = _log(_LARGE)
_SQRT_DBL_MIN = _sqrt(_DBL_MIN)
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046
_HALF_PI = pi / 2
_QUARTER_PI = pi / 4


def _domain():
    return ValueError("math domain error")


def _range():
    return OverflowError("math range error")


def _real(x):
    """float(x) for the arguments that must be real numbers."""
    tp = type(x)
    if tp is float:
        return x
    if tp is int:
        return float(x)
    if isinstance(x, (int, float)) or hasattr(tp, '__float__'):
        return float(x)
    if hasattr(tp, '__index__'):
        return float(x.__index__())
    raise TypeError(f"must be real number, not {tp.__name__}")


def _parts(z):
    """(real, imag) of an argument accepted as a complex number."""
    tp = type(z)
    if tp is complex:
        return z.real, z.imag
    if tp is float:
        return z, 0.0
    if tp is int:
        return float(z), 0.0
    method = getattr(tp, '__complex__', None)
    if method is not None:
        # Called directly: Ferrython's complex(obj) drops the imaginary part.
        value = method(z)
        if not isinstance(value, complex):
            raise TypeError(f"__complex__ returned non-complex "
                            f"(type {type(value).__name__})")
        return value.real, value.imag
    if isinstance(z, complex):
        return z.real, z.imag
    return _real(z), 0.0


def _finite(x, y):
    return _isfinite(x) and _isfinite(y)


# ---- square root, exponential and logarithms ---------------------------

def _sqrt_parts(x, y):
    if not _finite(x, y):
        if _isinf(y):
            return inf, y
        if _isnan(x):
            return nan, nan
        if _isinf(x):
            if _isnan(y):
                return (inf, nan) if x > 0 else (nan, inf)
            if x > 0:
                return inf, _copysign(0.0, y)
            return 0.0, _copysign(inf, y)
        return nan, nan
    if x == 0.0 and y == 0.0:
        return 0.0, y
    ax = abs(x)
    ay = abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # hypot would be subnormal: scale up by 2**53, back by 2**-27.
        ax = _ldexp(ax, 53)
        s = _ldexp(_sqrt(ax + _hypot(ax, _ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return s, _copysign(d, y)
    return d, _copysign(s, y)


def sqrt(z):
    """Square root of z, with the branch cut along the negative real axis."""
    return complex(*_sqrt_parts(*_parts(z)))


def exp(z):
    """e raised to the power z."""
    x, y = _parts(z)
    if not _finite(x, y):
        if _isnan(x):
            return complex(nan, y) if y == 0.0 else complex(nan, nan)
        if _isinf(x):
            if _isfinite(y):
                if x > 0:
                    if y == 0.0:
                        return complex(inf, y)
                    return complex(_copysign(inf, _cos(y)), _copysign(inf, _sin(y)))
                return complex(_copysign(0.0, _cos(y)), _copysign(0.0, _sin(y)))
            if x < 0:
                return complex(0.0, 0.0)
            if _isnan(y):
                return complex(inf, nan)
            raise _domain()
        if _isinf(y):
            raise _domain()
        return complex(nan, nan)
    if x > _LOG_LARGE:
        scale = _exp(x - 1.0)
        r = scale * _cos(y) * e
        i = scale * _sin(y) * e
    else:
        scale = _exp(x)
        r = scale * _cos(y)
        i = scale * _sin(y)
    if _isinf(r) or _isinf(i):
        raise _range()
    return complex(r, i)


def _log_parts(x, y):
    """log of x+iy; the flag is True when the input was zero."""
    if not _finite(x, y):
        if _isinf(x) or _isinf(y):
            return inf, _atan2(y, x), False
        return nan, nan, False
    ax = abs(x)
    ay = abs(y)
    if ax > _LARGE or ay > _LARGE:
        r = _log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            r = _log(_hypot(_ldexp(ax, 53), _ldexp(ay, 53))) - 53 * _LN2
        else:
            return -inf, _atan2(y, x), True
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            big = ax if ax > ay else ay
            small = ay if ax > ay else ax
            r = _log1p((big - 1) * (big + 1) + small * small) / 2.0
        else:
            r = _log(h)
    return r, _atan2(y, x), False


def _quot(ar, ai, br, bi):
    # Smith's method for (ar + i ai) / (br + i bi).
    abr = abs(br)
    abi = abs(bi)
    if abr >= abi:
        if abr == 0.0:
            raise _domain()
        ratio = bi / br
        denom = br + bi * ratio
        return complex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    if abi >= abr:
        ratio = br / bi
        denom = br * ratio + bi
        return complex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    return complex(nan, nan)


def log(x, base=None):
    """Natural logarithm of x, or logarithm to the given base."""
    r, i, zero = _log_parts(*_parts(x))
    if base is None:
        if zero:
            raise _domain()
        return complex(r, i)
    br, bi, bzero = _log_parts(*_parts(base))
    if bzero:
        raise _domain()
    return _quot(r, i, br, bi)


def log10(z):
    """Base-10 logarithm of z."""
    r, i, zero = _log_parts(*_parts(z))
    if zero:
        raise _domain()
    return complex(r / _LN10, i / _LN10)


# ---- inverse trigonometric and hyperbolic functions ----------------------

def _acos_special(x, y):
    if _isnan(x):
        return (nan, -y) if _isinf(y) else (nan, nan)
    if _isnan(y):
        if _isinf(x):
            return nan, inf
        if x == 0.0:
            return _HALF_PI, nan
        return nan, nan
    if _isinf(y):
        if _isinf(x):
            return (3 * _QUARTER_PI if x < 0 else _QUARTER_PI), -y
        return _HALF_PI, -y
    return (pi if x < 0 else 0.0), _copysign(inf, -y)


def acos(z):
    """Arc cosine of z; branch cuts along the real axis outside [-1, 1]."""
    x, y = _parts(z)
    if not _finite(x, y):
        return complex(*_acos_special(x, y))
    if abs(x) > _LARGE or abs(y) > _LARGE:
        r = _atan2(abs(y), x)
        big = _log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        i = -_copysign(big, y) if x < 0 else _copysign(big, -y)
        return complex(r, i)
    s1r, s1i = _sqrt_parts(1.0 - x, -y)
    s2r, s2i = _sqrt_parts(1.0 + x, y)
    return complex(2.0 * _atan2(s1r, s2r), _asinh(s2r * s1i - s2i * s1r))


def acosh(z):
    """Inverse hyperbolic cosine; branch cut along the real axis below 1."""
    x, y = _parts(z)
    if not _finite(x, y):
        r, i, _ = _log_parts(x, y)
        return complex(r, i)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _atan2(y, x))
    s1r, s1i = _sqrt_parts(x - 1.0, y)
    s2r, s2i = _sqrt_parts(x + 1.0, y)
    return complex(_asinh(s1r * s2r + s1i * s2i), 2.0 * _atan2(s1i, s2r))


def _asinh_parts(x, y):
    if not _finite(x, y):
        if _isnan(x):
            if _isinf(y):
                return inf, nan
            return (nan, y) if y == 0.0 else (nan, nan)
        if _isnan(y):
            return (x, nan) if _isinf(x) else (nan, nan)
        return _copysign(inf, x), _atan2(y, abs(x))
    if abs(x) > _LARGE or abs(y) > _LARGE:
        big = _log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        r = _copysign(big, x) if y >= 0 else -_copysign(big, -x)
        return r, _atan2(y, abs(x))
    s1r, s1i = _sqrt_parts(1.0 + y, -x)
    s2r, s2i = _sqrt_parts(1.0 - y, x)
    return (_asinh(s1r * s2i - s2r * s1i),
            _atan2(y, s1r * s2r - s1i * s2i))


def asinh(z):
    """Inverse hyperbolic sine; branch cuts along the imaginary axis beyond ±1j."""
    return complex(*_asinh_parts(*_parts(z)))


def asin(z):
    """Arc sine of z; branch cuts along the real axis outside [-1, 1]."""
    x, y = _parts(z)
    r, i = _asinh_parts(-y, x)
    return complex(i, -r)


def _atanh_parts(x, y):
    if not _finite(x, y):
        if _isnan(x):
            return (0.0, _copysign(_HALF_PI, y)) if _isinf(y) else (nan, nan)
        if _isnan(y):
            if _isinf(x):
                return _copysign(0.0, x), nan
            return (x, nan) if x == 0.0 else (nan, nan)
        return _copysign(0.0, x), _copysign(_HALF_PI, y)
    if x < 0.0:
        r, i = _atanh_parts(-x, -y)
        return -r, -i
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _hypot(x / 2.0, y / 2.0)
        return x / 4.0 / h / h, -_copysign(_HALF_PI, -y)
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise _domain()
        return (-_log(_sqrt(ay) / _sqrt(_hypot(ay, 2.0))),
                _copysign(_atan2(2.0, -ay) / 2.0, y))
    one_minus = 1.0 - x
    r = _log1p(4.0 * x / (one_minus * one_minus + ay * ay)) / 4.0
    i = -_atan2(-2.0 * y, one_minus * (1.0 + x) - ay * ay) / 2.0
    return r, i


def atanh(z):
    """Inverse hyperbolic tangent; branch cuts along the real axis outside [-1, 1]."""
    return complex(*_atanh_parts(*_parts(z)))


def atan(z):
    """Arc tangent of z; branch cuts along the imaginary axis beyond ±1j."""
    x, y = _parts(z)
    r, i = _atanh_parts(-y, x)
    return complex(i, -r)


# ---- hyperbolic and trigonometric functions ------------------------------

def _cosh_parts(x, y):
    if not _finite(x, y):
        if _isinf(x) and _isfinite(y):
            if y == 0.0:
                return inf, y * _copysign(1.0, x)
            i = _copysign(inf, _sin(y))
            return _copysign(inf, _cos(y)), (i if x > 0 else -i)
        if _isinf(y) and not _isnan(x):
            raise _domain()
        if _isinf(x):
            return inf, nan
        if _isnan(y) and x == 0.0:
            return nan, 0.0
        if _isnan(x) and y == 0.0:
            return nan, 0.0
        return nan, nan
    if abs(x) > _LOG_LARGE:
        xm = x - _copysign(1.0, x)
        r = _cos(y) * _cosh(xm) * e
        i = _sin(y) * _sinh(xm) * e
    else:
        r = _cos(y) * _cosh(x)
        i = _sin(y) * _sinh(x)
    if _isinf(r) or _isinf(i):
        raise _range()
    return r, i


def _sinh_parts(x, y):
    if not _finite(x, y):
        if _isinf(x) and _isfinite(y):
            if y == 0.0:
                return x, y
            r = _copysign(inf, _cos(y))
            return (r if x > 0 else -r), _copysign(inf, _sin(y))
        if _isinf(y) and not _isnan(x):
            raise _domain()
        if _isinf(x):
            return inf, nan
        if _isnan(y) and x == 0.0:
            return 0.0, nan
        if _isnan(x) and y == 0.0:
            return nan, y
        return nan, nan
    if abs(x) > _LOG_LARGE:
        xm = x - _copysign(1.0, x)
        r = _cos(y) * _sinh(xm) * e
        i = _sin(y) * _cosh(xm) * e
    else:
        r = _cos(y) * _sinh(x)
        i = _sin(y) * _cosh(x)
    if _isinf(r) or _isinf(i):
        raise _range()
    return r, i


def _tanh_parts(x, y):
    if not _finite(x, y):
        if _isinf(x):
            if _isfinite(y):
                return _copysign(1.0, x), _copysign(0.0, 2.0 * _sin(y) * _cos(y))
            return _copysign(1.0, x), 0.0
        if _isinf(y) and not _isnan(x):
            raise _domain()
        if _isnan(x) and y == 0.0:
            return nan, y
        return nan, nan
    if abs(x) > _LOG_LARGE:
        return (_copysign(1.0, x),
                4.0 * _sin(y) * _cos(y) * _exp(-2.0 * abs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx


def cosh(z):
    """Hyperbolic cosine of z."""
    return complex(*_cosh_parts(*_parts(z)))


def sinh(z):
    """Hyperbolic sine of z."""
    return complex(*_sinh_parts(*_parts(z)))


def tanh(z):
    """Hyperbolic tangent of z."""
    return complex(*_tanh_parts(*_parts(z)))


def cos(z):
    """Cosine of z (cos z = cosh iz)."""
    x, y = _parts(z)
    return complex(*_cosh_parts(-y, x))


def sin(z):
    """Sine of z (sin z = -i sinh iz)."""
    x, y = _parts(z)
    r, i = _sinh_parts(-y, x)
    return complex(i, -r)


def tan(z):
    """Tangent of z (tan z = -i tanh iz)."""
    x, y = _parts(z)
    r, i = _tanh_parts(-y, x)
    return complex(i, -r)


# ---- polar coordinates and classification --------------------------------

def _abs(x, y):
    if not _finite(x, y):
        if _isinf(x) or _isinf(y):
            return inf
        return nan
    h = _hypot(x, y)
    if _isinf(h):
        raise _range()
    return h


def phase(z):
    """Argument of z, in [-pi, pi]."""
    x, y = _parts(z)
    return _atan2(y, x)


def polar(z):
    """(modulus, phase) of z."""
    x, y = _parts(z)
    return _abs(x, y), _atan2(y, x)


def rect(r, phi):
    """Complex number with modulus r and phase phi."""
    r = _real(r)
    phi = _real(phi)
    if not _finite(r, phi):
        if _isinf(r) and _isfinite(phi):
            if phi == 0.0:
                return complex(r, phi if r > 0 else -phi)
            re = _copysign(inf, _cos(phi))
            im = _copysign(inf, _sin(phi))
            return complex(re, im) if r > 0 else complex(-re, -im)
        if _isinf(phi) and r != 0.0 and not _isnan(r):
            raise _domain()
        if r == 0.0:
            return complex(0.0, 0.0)
        if _isinf(r):
            return complex(inf, nan)
        if _isnan(r) and phi == 0.0:
            return complex(nan, 0.0)
        return complex(nan, nan)
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * _cos(phi), r * _sin(phi))


def isfinite(z):
    """True when both parts of z are finite."""
    x, y = _parts(z)
    return _isfinite(x) and _isfinite(y)


def isinf(z):
    """True when either part of z is infinite."""
    x, y = _parts(z)
    return _isinf(x) or _isinf(y)


def isnan(z):
    """True when either part of z is a NaN."""
    x, y = _parts(z)
    return _isnan(x) or _isnan(y)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """True when a and b are within rel_tol (relative) or abs_tol (absolute)."""
    ar, ai = _parts(a)
    br, bi = _parts(b)
    rel_tol = _real(rel_tol)
    abs_tol = _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if ar == br and ai == bi:
        return True
    if _isinf(ar) or _isinf(ai) or _isinf(br) or _isinf(bi):
        return False
    dr = ar - br
    di = ai - bi
    diff = _hypot(dr, di)
    return (diff <= rel_tol * _hypot(br, bi)
            or diff <= rel_tol * _hypot(ar, ai)
            or diff <= abs_tol)
