"""Decimal fixed-point and floating-point arithmetic (Ferrython edition).

A pure-Python implementation of the General Decimal Arithmetic
specification, mirroring the public interface of CPython's ``decimal``
module.  Coefficients are held as Python integers.
"""

# CPython implements this module in C: its frames stay out of tracebacks and profiles.
__native_module__ = True

import math as _m
import numbers as _numbers
from collections import namedtuple as _namedtuple

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    """Base class for all decimal signals."""

class Clamped(DecimalException):
    """Exponent of a 0 changed to fit bounds."""

class InvalidOperation(DecimalException):
    """An invalid operation was performed."""

class ConversionSyntax(InvalidOperation):
    """Trying to convert a badly formed string."""

class DivisionByZero(DecimalException, ZeroDivisionError):
    """Division by 0."""

class DivisionImpossible(InvalidOperation):
    """Cannot perform the division adequately."""

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Undefined result of division."""

class Inexact(DecimalException):
    """Had to round, losing information."""

class InvalidContext(InvalidOperation):
    """Invalid context."""

class Rounded(DecimalException):
    """Number got rounded (not necessarily changed during rounding)."""

class Subnormal(DecimalException):
    """Exponent < Emin before rounding."""

class Overflow(Inexact, Rounded):
    """Numerical overflow."""

class Underflow(Inexact, Rounded, Subnormal):
    """Numerical underflow with result rounded to 0."""

class FloatOperation(DecimalException, TypeError):
    """Enable stricter semantics for mixing floats and Decimals."""

for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax,
             DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
             InvalidContext, Rounded, Subnormal, Overflow, Underflow,
             FloatOperation):
    _cls.__module__ = 'decimal'
del _cls

# order in which signals are listed / chosen when raising
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped)
_IO_CONDS = (InvalidOperation, ConversionSyntax, DivisionImpossible,
             DivisionUndefined, InvalidContext)
_LIST_ORDER = _IO_CONDS + _SIGNALS[1:]
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow)


def _signal_of(cond):
    if cond in _IO_CONDS:
        return InvalidOperation
    return cond


class _SignalDict(dict):
    def __repr__(self):
        return '{' + ', '.join('%r:%r' % (k, v) for k, v in self.items()) + '}'


def _new_sigdict(on=()):
    for s in on:
        if s not in _SIGNALS:
            raise KeyError(
                "valid values for signals are:\n"
                "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                "   Clamped]")
    d = _SignalDict()
    for s in _SIGNALS:
        d[s] = s in on
    return d


# ---------------------------------------------------------------- helpers

_F, _I, _Q, _S = 0, 1, 2, 3      # finite, infinity, quiet NaN, signaling NaN

_DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent')
DecimalTuple = _DecimalTuple
DecimalTuple.__module__ = 'decimal'


def _ndigits(c):
    """Number of decimal digits of the non-negative integer c (0 -> 1)."""
    if c < 1000000000000000000:
        return len(str(c))
    n = int((c.bit_length() - 1) * 0.30102999566398120) + 1
    if c >= 10 ** n:
        n += 1
    return n


def _bump(mode, sign, q, r, unit):
    """Decide if the truncated coefficient q must be incremented, given the
    discarded part r out of a whole unit."""
    if r == 0:
        return False
    if mode == ROUND_HALF_EVEN:
        twice = 2 * r
        return twice > unit or (twice == unit and q & 1 == 1)
    if mode == ROUND_HALF_UP:
        return 2 * r >= unit
    if mode == ROUND_HALF_DOWN:
        return 2 * r > unit
    if mode == ROUND_DOWN:
        return False
    if mode == ROUND_UP:
        return True
    if mode == ROUND_CEILING:
        return not sign
    if mode == ROUND_FLOOR:
        return bool(sign)
    # ROUND_05UP
    return q % 5 == 0


def _shift_round(c, d, mode, sign):
    """Remove d (> 0) low digits of c with rounding; return (q, inexact)."""
    unit = 10 ** d
    q, r = divmod(c, unit)
    if _bump(mode, sign, q, r, unit):
        q += 1
    return q, r != 0


def _raw(sign, coeff, exp, kind=_F):
    d = object.__new__(Decimal)
    d._s = sign
    d._c = coeff
    d._e = exp
    d._k = kind
    return d


def _signal(ctx, conds, value=None):
    """Record conditions in ctx.flags; raise if any is trapped."""
    hit = []
    for cond in conds:
        sig = _signal_of(cond)
        ctx.flags[sig] = True
        if ctx.traps[sig] and cond not in hit:
            hit.append(cond)
    if hit:
        listed = [c for c in _LIST_ORDER if c in hit]
        for s in _SIGNALS:
            if any(_signal_of(c) is s for c in hit):
                raise s(listed)
    return value


def _finish(ctx, sign, c, e, conds=None):
    """Fit a finite result into the context: round to precision, handle
    overflow, underflow and clamping, and signal the conditions met."""
    conds = [] if conds is None else list(conds)
    prec = ctx.prec
    emax = ctx.Emax
    etiny = ctx.Emin - prec + 1
    etop = emax - prec + 1
    if c == 0:
        top = etop if ctx.clamp else emax
        if e < etiny:
            e = etiny
            conds.append(Clamped)
        elif e > top:
            e = top
            conds.append(Clamped)
        if conds:
            _signal(ctx, conds)
        return _raw(sign, 0, e)
    n = _ndigits(c)
    adj = e + n - 1
    subnormal = adj < ctx.Emin
    target = max(e, adj - prec + 1, etiny)
    inexact = False
    if target > e:
        c, inexact = _shift_round(c, target - e, ctx.rounding, sign)
        conds.append(Rounded)
        if inexact:
            conds.append(Inexact)
        e = target
        if c and _ndigits(c) > prec:
            c //= 10
            e += 1
    if subnormal:
        conds.append(Subnormal)
        if inexact:
            conds.append(Underflow)
            if c == 0:
                conds.append(Clamped)
    if c and e + _ndigits(c) - 1 > emax:
        conds.extend((Overflow, Inexact, Rounded))
        mode = ctx.rounding
        if (mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
                or (mode == ROUND_CEILING and not sign)
                or (mode == ROUND_FLOOR and sign)):
            res = _raw(sign, 0, 0, _I)
        else:
            res = _raw(sign, 10 ** prec - 1, etop)
        _signal(ctx, conds)
        return res
    if ctx.clamp and e > etop:
        c *= 10 ** (e - etop)
        e = etop
        conds.append(Clamped)
    if conds:
        _signal(ctx, conds)
    return _raw(sign, c, e)


def _sticky(c, e):
    """Append a non-zero guard digit, marking an inexact tail."""
    return c * 10 + 1, e - 1


def _fix_nan(d, ctx):
    """Quiet NaN copy of d with payload fitted to the context."""
    pay = d._c
    room = ctx.prec - ctx.clamp
    if pay and _ndigits(pay) > room:
        pay = pay % (10 ** room) if room > 0 else 0
    return _raw(d._s, pay, 0, _Q)


def _nans(ctx, *ops):
    """NaN propagation; returns a result or None if no NaN present."""
    for d in ops:
        if d._k == _S:
            _signal(ctx, [InvalidOperation])
            return _fix_nan(d, ctx)
    for d in ops:
        if d._k == _Q:
            return _fix_nan(d, ctx)
    return None


def _invalid(ctx, cond=InvalidOperation):
    _signal(ctx, [cond])
    return _raw(0, 0, 0, _Q)


def _parse(text):
    """Parse a numeric string; return (sign, coeff, exp, kind) or None."""
    s = text.strip()
    if '_' in s:
        s = s.replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return (sign, 0, 0, _I)
    kind = None
    if low.startswith('nan'):
        kind, rest = _Q, low[3:]
    elif low.startswith('snan'):
        kind, rest = _S, low[4:]
    if kind is not None:
        if not rest:
            return (sign, 0, 0, kind)
        if not rest.isdecimal():
            return None
        return (sign, int(rest), 0, kind)
    epos = low.find('e')
    expo = 0
    if epos >= 0:
        tail = low[epos + 1:]
        low = low[:epos]
        body = tail[1:] if tail[:1] in ('+', '-') else tail
        if not body or not body.isdecimal():
            return None
        expo = int(tail)
    dot = low.find('.')
    if dot >= 0:
        whole, frac = low[:dot], low[dot + 1:]
    else:
        whole, frac = low, ''
    if not whole and not frac:
        return None
    if (whole and not whole.isdecimal()) or (frac and not frac.isdecimal()):
        return None
    return (sign, int(whole + frac), expo - len(frac), _F)


def _from_float(f):
    if f != f:
        return _raw(1 if _m.copysign(1.0, f) < 0 else 0, 0, 0, _Q)
    sign = 1 if _m.copysign(1.0, f) < 0 else 0
    if f in (float('inf'), float('-inf')):
        return _raw(sign, 0, 0, _I)
    num, den = abs(f).as_integer_ratio()
    k = den.bit_length() - 1          # den is a power of two
    return _raw(sign, num * 5 ** k, -k)


def _convert(value, strict=True, op=None):
    """Convert an operand for arithmetic: Decimal or int only."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _raw(1 if value < 0 else 0, abs(value), 0)
    if strict:
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(value).__name__)
    return NotImplemented


# ---------------------------------------------------------------- Decimal

class Decimal(object):
    """An exact decimal number (or infinity or NaN) with its own exponent.

    Made from an int, a string, a (sign, digits, exponent) tuple, a float or
    another Decimal; zero when nothing is given. The context only decides
    whether a malformed string raises InvalidOperation or gives NaN."""
    __tp_name__ = 'decimal.Decimal'   # the C type's name CPython shows in messages

    __slots__ = ('_s', '_c', '_e', '_k')

    def __new__(cls, value="0", context=None):
        if isinstance(value, Decimal):
            if cls is Decimal and type(value) is Decimal:
                return value
            src = value
        elif isinstance(value, int):
            src = _raw(1 if value < 0 else 0, abs(value), 0)
        elif isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = getcontext() if context is None else context
                _signal(ctx, [ConversionSyntax])
                src = _raw(0, 0, 0, _Q)
            else:
                src = _raw(*parsed)
        elif isinstance(value, float):
            ctx = getcontext() if context is None else context
            _signal(ctx, [FloatOperation])
            src = _from_float(value)
        elif isinstance(value, (list, tuple)):
            src = _from_tuple(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported"
                            % type(value).__name__)
        if cls is Decimal and type(src) is Decimal and src is not value:
            return src
        obj = object.__new__(cls)
        obj._s, obj._c, obj._e, obj._k = src._s, src._c, src._e, src._k
        return obj

    @classmethod
    def from_float(cls, f):
        """Class method that converts a float to a decimal number, exactly."""
        if isinstance(f, int):
            d = _raw(1 if f < 0 else 0, abs(f), 0)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        return d if cls is Decimal else cls(d)

    # ---------------------------------------------------------- queries
    def _isinteger(self):
        if self._k != _F:
            return False
        if self._e >= 0 or self._c == 0:
            return True
        return self._c % (10 ** -self._e) == 0

    def adjusted(self):
        """Return the adjusted exponent of the number."""
        if self._k != _F:
            return 0
        return self._e + _ndigits(self._c) - 1

    def as_tuple(self):
        """Return a tuple representation of the number."""
        if self._k == _I:
            return DecimalTuple(self._s, (0,), 'F')
        if self._k in (_Q, _S):
            digs = tuple(int(ch) for ch in str(self._c)) if self._c else ()
            return DecimalTuple(self._s, digs, 'n' if self._k == _Q else 'N')
        return DecimalTuple(self._s, tuple(int(ch) for ch in str(self._c)),
                            self._e)

    def as_integer_ratio(self):
        """Return a pair of integers whose ratio is exactly the Decimal."""
        if self._k == _I:
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._k != _F:
            raise ValueError("cannot convert NaN to integer ratio")
        if self._c == 0:
            return (0, 1)
        num = self._c
        if self._e >= 0:
            num *= 10 ** self._e
            den = 1
        else:
            den = 10 ** -self._e
            g = _m.gcd(num, den)
            num //= g
            den //= g
        return (-num if self._s else num, den)

    def is_nan(self):
        return self._k in (_Q, _S)

    def is_qnan(self):
        return self._k == _Q

    def is_snan(self):
        return self._k == _S

    def is_infinite(self):
        return self._k == _I

    def is_finite(self):
        return self._k == _F

    def is_zero(self):
        return self._k == _F and self._c == 0

    def is_signed(self):
        return self._s == 1

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        if self._k != _F or self._c == 0:
            return False
        ctx = getcontext() if context is None else context
        return self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        if self._k != _F or self._c == 0:
            return False
        ctx = getcontext() if context is None else context
        return self.adjusted() < ctx.Emin

    def radix(self):
        return Decimal(10)

    def number_class(self, context=None):
        ctx = getcontext() if context is None else context
        neg = self._s == 1
        if self._k == _S:
            return 'sNaN'
        if self._k == _Q:
            return 'NaN'
        if self._k == _I:
            return '-Infinity' if neg else '+Infinity'
        if self._c == 0:
            return '-Zero' if neg else '+Zero'
        if self.adjusted() < ctx.Emin:
            return '-Subnormal' if neg else '+Subnormal'
        return '-Normal' if neg else '+Normal'

    def same_quantum(self, other, context=None):
        other = _convert(other)
        if self._k != _F or other._k != _F:
            return (self._k in (_Q, _S) and other._k in (_Q, _S)) or \
                   (self._k == _I and other._k == _I)
        return self._e == other._e

    # ---------------------------------------------------------- strings
    def __str__(self, eng=False, context=None):
        sign = '-' if self._s else ''
        k = self._k
        if k == _I:
            return sign + 'Infinity'
        if k == _Q:
            return sign + 'NaN' + (str(self._c) if self._c else '')
        if k == _S:
            return sign + 'sNaN' + (str(self._c) if self._c else '')
        digits = str(self._c)
        e = self._e
        n = len(digits)
        adj = e + n - 1
        if e <= 0 and adj >= -6:
            if e == 0:
                return sign + digits
            point = n + e
            if point > 0:
                return sign + digits[:point] + '.' + digits[point:]
            return sign + '0.' + '0' * (-point) + digits
        if context is None:
            context = getcontext()
        mark = 'E' if context.capitals else 'e'
        if not eng:
            body = digits[0] + ('.' + digits[1:] if n > 1 else '')
            return sign + body + mark + ('%+d' % adj)
        if self._c == 0:
            shown = -((-e) // 3) * 3 if e > 0 else -((-e) // 3) * 3
            shown = e + (-e) % 3
            zeros = shown - e
            body = '0' + ('.' + '0' * zeros if zeros else '')
            return sign + body + mark + ('%+d' % shown)
        lead = adj % 3 + 1
        if n < lead:
            digits = digits + '0' * (lead - n)
        shown = adj - (lead - 1)
        body = digits[:lead]
        if digits[lead:]:
            body += '.' + digits[lead:]
        if shown == 0:
            return sign + body
        return sign + body + mark + ('%+d' % shown)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    # ---------------------------------------------------------- conversions
    def __bool__(self):
        return self._k != _F or self._c != 0

    def __int__(self):
        if self._k in (_Q, _S):
            raise ValueError("cannot convert NaN to integer")
        if self._k == _I:
            raise OverflowError("cannot convert Infinity to integer")
        if self._e >= 0:
            v = self._c * 10 ** self._e
        else:
            v = self._c // 10 ** -self._e
        return -v if self._s else v

    __trunc__ = __int__

    def __float__(self):
        if self._k == _S:
            raise ValueError("cannot convert signaling NaN to float")
        if self._k == _Q:
            return float('-nan') if self._s else float('nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __floor__(self):
        if self._k != _F:
            return int(self)
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        if self._k != _F:
            return int(self)
        return int(self.to_integral_value(ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_raw(0, 1, -n))
        if self._k in (_Q, _S):
            raise ValueError("cannot convert NaN to integer")
        if self._k == _I:
            raise OverflowError("cannot convert Infinity to integer")
        return int(self.to_integral_value(ROUND_HALF_EVEN))

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __hash__(self):
        if self._k == _S:
            raise TypeError('Cannot hash a signaling NaN value')
        if self._k == _Q:
            return object.__hash__(self)
        if self._k == _I:
            return -314159 if self._s else 314159
        if self._e >= 0:
            h = self._c % _HMOD * pow(10, self._e, _HMOD) % _HMOD
        else:
            h = self._c % _HMOD * pow(_HINV10, -self._e, _HMOD) % _HMOD
        if self._s:
            h = -h
        return -2 if h == -1 else h

    # ---------------------------------------------------------- comparisons
    def _cmp_prepare(self, other, ordering):
        """Return (a, b) Decimals to compare, or a bool/NotImplemented."""
        ctx = getcontext()
        if isinstance(other, Decimal):
            o = other
        elif isinstance(other, int):
            o = _convert(other)
        elif isinstance(other, float):
            if ordering:
                _signal(ctx, [FloatOperation])
            else:
                ctx.flags[FloatOperation] = True
            o = _from_float(other)
        elif isinstance(other, _numbers.Rational):
            if self._k == _F:
                a = _raw(self._s, self._c * other.denominator, self._e)
                n = other.numerator
                return a, _raw(1 if n < 0 else 0, abs(n), 0)
            o = _raw(0, 0, 0)
        elif isinstance(other, complex) and not ordering:
            if other.imag != 0:
                return False
            return self._cmp_prepare(other.real, ordering)
        else:
            return NotImplemented
        return self, o

    def _compare_op(self, other, ordering, test):
        pair = self._cmp_prepare(other, ordering)
        if not isinstance(pair, tuple):
            return pair
        a, b = pair
        if a._k >= _Q or b._k >= _Q:
            ctx = getcontext()
            if ordering or a._k == _S or b._k == _S:
                _signal(ctx, [InvalidOperation])
            return test is None
        r = _cmp(a, b)
        return test(r)

    def __eq__(self, other):
        res = self._compare_op(other, False, lambda r: r == 0)
        return False if res is True and False else res

    def __ne__(self, other):
        res = self.__eq__(other)
        if res is NotImplemented:
            return res
        return not res

    def __lt__(self, other):
        return self._compare_op(other, True, lambda r: r < 0)

    def __le__(self, other):
        return self._compare_op(other, True, lambda r: r <= 0)

    def __gt__(self, other):
        return self._compare_op(other, True, lambda r: r > 0)

    def __ge__(self, other):
        return self._compare_op(other, True, lambda r: r >= 0)

    # ---------------------------------------------------------- arithmetic
    def __neg__(self):
        return _op_minus(self, getcontext())

    def __pos__(self):
        return _op_plus(self, getcontext())

    def __abs__(self, round=True, context=None):
        ctx = getcontext() if context is None else context
        if not round:
            return self.copy_abs()
        return _op_abs(self, ctx)

    def __add__(self, other, context=None):
        o = _convert(other, False)
        if o is NotImplemented:
            return o
        return _op_add(self, o, getcontext() if context is None else context)

    def __radd__(self, other):
        o = _convert(other, False)
        if o is NotImplemented:
            return o
        return _op_add(o, self, getcontext())

    def __sub__(self, other, context=None):
        o = _convert(other, False)
        if o is NotImplemented:
            return o
        return _op_add(self, o, getcontext() if context is None else context,
                       negate=True)

    def __rsub__(self, other):
        o = _convert(other, False)
        if o is NotImplemented:
            return o
        return _op_add(o, self, getcontext(), negate=True)

    def __mul__(self, other, context=None):
        o = _convert(other, False)
        if o is NotImplemented:
            return o
        return _op_mul(self, o, getcontext() if context is None else context)

    def __rmul__(self, other):
        o = _convert(other, False)
        if o is NotImplemented:
            return o
        return _op_mul(o, self, getcontext())

    def __truediv__(self, other, context=None):
        o = _convert(other, False)
        if o is NotImplemented:
            return o
        return _op_div(self, o, getcontext() if context is None else context)

    def __rtruediv__(self, other):
        o = _convert(other, False)
        if o is NotImplemented:
            return o
        return _op_div(o, self, getcontext())

    def __floordiv__(self, other):
        o = _convert(other, False)
        if o is NotImplemented:
            return o
        return _op_divmod(self, o, getcontext(), 'q')

    def __rfloordiv__(self, other):
        o = _convert(other, False)
        if o is NotImplemented:
            return o
        return _op_divmod(o, self, getcontext(), 'q')

    def __mod__(self, other):
        o = _convert(other, False)
        if o is NotImplemented:
            return o
        return _op_divmod(self, o, getcontext(), 'r')

    def __rmod__(self, other):
        o = _convert(other, False)
        if o is NotImplemented:
            return o
        return _op_divmod(o, self, getcontext(), 'r')

    def __divmod__(self, other):
        o = _convert(other, False)
        if o is NotImplemented:
            return o
        return _op_divmod(self, o, getcontext(), 'qr')

    def __rdivmod__(self, other):
        o = _convert(other, False)
        if o is NotImplemented:
            return o
        return _op_divmod(o, self, getcontext(), 'qr')

    def __pow__(self, other, modulo=None):
        o = _convert(other, False)
        if o is NotImplemented:
            return o
        ctx = getcontext()
        if modulo is not None:
            m = _convert(modulo, False)
            if m is NotImplemented:
                return m
            return _op_powmod(self, o, m, ctx)
        return _op_pow(self, o, ctx)

    def __rpow__(self, other):
        o = _convert(other, False)
        if o is NotImplemented:
            return o
        return _op_pow(o, self, getcontext())

    # ---------------------------------------------------------- methods
    def _ctx(self, context):
        return getcontext() if context is None else context

    def compare(self, other, context=None):
        ctx = self._ctx(context)
        other = _convert(other)
        r = _nans(ctx, self, other)
        if r is not None:
            return r
        v = _cmp(self, other)
        return _raw(1 if v < 0 else 0, abs(v), 0)

    def compare_signal(self, other, context=None):
        ctx = self._ctx(context)
        other = _convert(other)
        if self._k >= _Q or other._k >= _Q:
            _signal(ctx, [InvalidOperation])
            return _nans(ctx, self, other)
        return self.compare(other, ctx)

    def compare_total(self, other, context=None):
        other = _convert(other)
        r = _total_order(self, other)
        return _raw(1 if r < 0 else 0, abs(r), 0)

    def compare_total_mag(self, other, context=None):
        other = _convert(other)
        return self.copy_abs().compare_total(other.copy_abs())

    def copy_abs(self):
        return _raw(0, self._c, self._e, self._k)

    def copy_negate(self):
        return _raw(1 - self._s, self._c, self._e, self._k)

    def copy_sign(self, other, context=None):
        other = _convert(other)
        return _raw(other._s, self._c, self._e, self._k)

    def _minmax(self, other, ctx, want_max, mag):
        other = _convert(other)
        if self._k >= _Q or other._k >= _Q:
            if self._k == _S or other._k == _S:
                return _nans(ctx, self, other)
            if self._k == _Q and other._k != _Q:
                return other if other._k == _I else \
                    _finish(ctx, other._s, other._c, other._e)
            if other._k == _Q and self._k != _Q:
                return self if self._k == _I else \
                    _finish(ctx, self._s, self._c, self._e)
            return _nans(ctx, self, other)
        if mag:
            v = _cmp(self.copy_abs(), other.copy_abs())
        else:
            v = 0
        if v == 0:
            v = _cmp(self, other)
        if v == 0:
            v = _cmp_total_finite(self, other)
        pick = self if (v > 0) == want_max else other
        if v == 0:
            pick = self
        if pick._k != _F:
            return pick
        return _finish(ctx, pick._s, pick._c, pick._e)

    def max(self, other, context=None):
        return self._minmax(other, self._ctx(context), True, False)

    def min(self, other, context=None):
        return self._minmax(other, self._ctx(context), False, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, self._ctx(context), True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, self._ctx(context), False, True)

    def fma(self, other, third, context=None):
        ctx = self._ctx(context)
        other = _convert(other)
        third = _convert(third)
        if self._k == _S or other._k == _S or third._k == _S:
            return _nans(ctx, self, other, third)
        if self._k == _Q or other._k == _Q:
            return _nans(ctx, self, other)
        if self._k == _I or other._k == _I:
            if (self._k == _F and self._c == 0) or \
                    (other._k == _F and other._c == 0):
                return _invalid(ctx)
            prod = _raw(self._s ^ other._s, 0, 0, _I)
        else:
            prod = _raw(self._s ^ other._s, self._c * other._c,
                        self._e + other._e)
        return _op_add(prod, third, ctx)

    def normalize(self, context=None):
        ctx = self._ctx(context)
        r = _nans(ctx, self)
        if r is not None:
            return r
        if self._k == _I:
            return self
        d = _finish(ctx, self._s, self._c, self._e)
        if d._k != _F:
            return d
        if d._c == 0:
            return _raw(d._s, 0, 0)
        c, e = d._c, d._e
        top = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
        while c % 10 == 0 and e < top:
            c //= 10
            e += 1
        return _raw(d._s, c, e)

    reduce = normalize

    def quantize(self, exp, rounding=None, context=None):
        ctx = self._ctx(context)
        exp = _convert(exp)
        mode = rounding or ctx.rounding
        r = _nans(ctx, self, exp)
        if r is not None:
            return r
        if self._k == _I or exp._k == _I:
            if self._k == _I and exp._k == _I:
                return _raw(self._s, 0, 0, _I)
            return _invalid(ctx)
        te = exp._e
        if te > ctx.Emax or te < ctx.Emin - ctx.prec + 1:
            return _invalid(ctx)
        return _rescale(self, te, mode, ctx, True)

    def _rescale(self, exp, rounding):
        return _rescale(self, exp, rounding, getcontext(), False)

    def to_integral_value(self, rounding=None, context=None):
        ctx = self._ctx(context)
        r = _nans(ctx, self)
        if r is not None:
            return r
        if self._k == _I or self._e >= 0:
            return self
        mode = rounding or ctx.rounding
        c, _inexact = _shift_round(self._c, -self._e, mode, self._s)
        return _raw(self._s, c, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = self._ctx(context)
        r = _nans(ctx, self)
        if r is not None:
            return r
        if self._k == _I or self._e >= 0:
            return self
        mode = rounding or ctx.rounding
        c, inexact = _shift_round(self._c, -self._e, mode, self._s)
        conds = [Rounded]
        if inexact:
            conds.append(Inexact)
        _signal(ctx, conds)
        return _raw(self._s, c, 0)

    def sqrt(self, context=None):
        return _op_sqrt(self, self._ctx(context))

    def exp(self, context=None):
        return _op_exp(self, self._ctx(context))

    def ln(self, context=None):
        return _op_ln(self, self._ctx(context), False)

    def log10(self, context=None):
        return _op_ln(self, self._ctx(context), True)

    def logb(self, context=None):
        ctx = self._ctx(context)
        r = _nans(ctx, self)
        if r is not None:
            return r
        if self._k == _I:
            return _raw(0, 0, 0, _I)
        if self._c == 0:
            _signal(ctx, [DivisionByZero])
            return _raw(1, 0, 0, _I)
        a = self.adjusted()
        return _finish(ctx, 1 if a < 0 else 0, abs(a), 0)

    def scaleb(self, other, context=None):
        ctx = self._ctx(context)
        other = _convert(other)
        r = _nans(ctx, self, other)
        if r is not None:
            return r
        if other._k != _F or other._e != 0:
            return _invalid(ctx)
        n = -other._c if other._s else other._c
        if self._k == _I:
            return self
        return _finish(ctx, self._s, self._c, self._e + n)

    def remainder_near(self, other, context=None):
        return _op_remnear(self, _convert(other), self._ctx(context))

    def next_plus(self, context=None):
        return _op_next(self, self._ctx(context), 1)

    def next_minus(self, context=None):
        return _op_next(self, self._ctx(context), -1)

    def next_toward(self, other, context=None):
        ctx = self._ctx(context)
        other = _convert(other)
        r = _nans(ctx, self, other)
        if r is not None:
            return r
        v = _cmp(self, other)
        if v == 0:
            return self.copy_sign(other)
        res = _op_next(self, ctx, -1 if v > 0 else 1)
        if res._k == _I:
            _signal(ctx, [Overflow, Inexact, Rounded])
        elif res._k == _F and res.adjusted() < ctx.Emin:
            conds = [Underflow, Subnormal, Inexact, Rounded]
            if res._c == 0:
                conds.append(Clamped)
            _signal(ctx, conds)
        return res

    def _logical(self, other, ctx, fn):
        other = _convert(other) if other is not None else None
        ops = [self] if other is None else [self, other]
        digs = []
        for d in ops:
            if d._k != _F or d._s or d._e != 0 or \
                    any(ch not in '01' for ch in str(d._c)):
                return _invalid(ctx)
            digs.append(str(d._c).rjust(ctx.prec, '0')[-ctx.prec:])
        if other is None:
            out = ''.join('1' if ch == '0' else '0' for ch in digs[0])
        else:
            out = ''.join(fn(x, y) for x, y in zip(digs[0], digs[1]))
        return _raw(0, int(out), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, self._ctx(context),
                             lambda x, y: '1' if x == y == '1' else '0')

    def logical_or(self, other, context=None):
        return self._logical(other, self._ctx(context),
                             lambda x, y: '1' if '1' in (x, y) else '0')

    def logical_xor(self, other, context=None):
        return self._logical(other, self._ctx(context),
                             lambda x, y: '1' if x != y else '0')

    def logical_invert(self, context=None):
        return self._logical(None, self._ctx(context), None)

    def _shiftlike(self, other, ctx, rotate):
        other = _convert(other)
        r = _nans(ctx, self, other)
        if r is not None:
            return r
        p = ctx.prec
        if other._k != _F or other._e != 0 or other._c > p:
            return _invalid(ctx)
        if self._k == _I:
            return self
        n = -other._c if other._s else other._c
        digs = str(self._c).rjust(p, '0')[-p:]
        if rotate:
            n %= p
            digs = digs[n:] + digs[:n]
        elif n > 0:
            digs = (digs + '0' * n)[-p:]
        elif n < 0:
            digs = ('0' * -n + digs)[:p]
        return _raw(self._s, int(digs), self._e)

    def shift(self, other, context=None):
        return self._shiftlike(other, self._ctx(context), False)

    def rotate(self, other, context=None):
        return self._shiftlike(other, self._ctx(context), True)

    def __format__(self, spec, override=None):
        return _format_decimal(self, spec, override)


_HMOD = 2305843009213693951
_HINV10 = pow(10, _HMOD - 2, _HMOD)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if sign not in (0, 1) or isinstance(sign, bool) and False:
        raise ValueError("sign must be an integer with the value 0 or 1")
    if exp == 'F':
        return _raw(sign, 0, 0, _I)
    c = 0
    for d in digits:
        if not isinstance(d, int) or not 0 <= d <= 9:
            raise ValueError("coefficient must be a tuple of digits")
        c = c * 10 + d
    if exp in ('n', 'N'):
        return _raw(sign, c, 0, _Q if exp == 'n' else _S)
    if isinstance(exp, str):
        raise ValueError("string argument in the third position must be "
                         "'F', 'n' or 'N'")
    if not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    return _raw(sign, c, exp)


def _cmp_mag(a, b):
    aa, ba = a.adjusted(), b.adjusted()
    if aa != ba:
        return 1 if aa > ba else -1
    x, y = a._c, b._c
    if a._e > b._e:
        x *= 10 ** (a._e - b._e)
    elif b._e > a._e:
        y *= 10 ** (b._e - a._e)
    return (x > y) - (x < y)


def _cmp(a, b):
    """Numeric three-way comparison of non-NaN Decimals."""
    if a._k == _I or b._k == _I:
        av = (-1 if a._s else 1) if a._k == _I else 0
        bv = (-1 if b._s else 1) if b._k == _I else 0
        if av == bv:
            return 0
        if a._k == _I and b._k == _I:
            return 1 if av > bv else -1
        if a._k == _I:
            return av
        return -bv
    if a._c == 0:
        if b._c == 0:
            return 0
        return 1 if b._s else -1
    if b._c == 0:
        return -1 if a._s else 1
    if a._s != b._s:
        return -1 if a._s else 1
    r = _cmp_mag(a, b)
    return -r if a._s else r


def _cmp_total_finite(a, b):
    # same numeric value: ordering by exponent (spec total order)
    if a._s != b._s:
        return -1 if a._s else 1
    if a._e == b._e:
        return 0
    r = 1 if a._e > b._e else -1
    return -r if a._s else r


def _total_order(a, b):
    """Three-way comparison in the total ordering of the specification."""
    if a._s != b._s:
        return -1 if a._s else 1
    rank_a = (0, 1, 3, 2)[a._k]
    rank_b = (0, 1, 3, 2)[b._k]
    if rank_a != rank_b:
        r = 1 if rank_a > rank_b else -1
    elif a._k == _F:
        if a._c and b._c:
            r = _cmp_mag(a, b)
        else:
            r = (a._c != 0) - (b._c != 0)
        if r == 0:
            r = (a._e > b._e) - (a._e < b._e)
    elif a._k == _I:
        r = 0
    else:
        r = (a._c > b._c) - (a._c < b._c)
    return -r if a._s else r


# ---------------------------------------------------------------- operations

def _op_plus(a, ctx):
    r = _nans(ctx, a)
    if r is not None:
        return r
    if a._k == _I:
        return a
    sign = a._s
    if a._c == 0 and ctx.rounding != ROUND_FLOOR:
        sign = 0
    return _finish(ctx, sign, a._c, a._e)


def _op_minus(a, ctx):
    r = _nans(ctx, a)
    if r is not None:
        return r
    if a._k == _I:
        return _raw(1 - a._s, 0, 0, _I)
    sign = 1 - a._s
    if a._c == 0 and ctx.rounding != ROUND_FLOOR:
        sign = 0
    return _finish(ctx, sign, a._c, a._e)


def _op_abs(a, ctx):
    r = _nans(ctx, a)
    if r is not None:
        return r
    if a._k == _I:
        return _raw(0, 0, 0, _I)
    return _finish(ctx, 0, a._c, a._e)


def _op_add(a, b, ctx, negate=False):
    r = _nans(ctx, a, b)
    if r is not None:
        return r
    bs = b._s ^ 1 if negate else b._s
    if a._k == _I or b._k == _I:
        if a._k == _I and b._k == _I and a._s != bs:
            return _invalid(ctx)
        if a._k == _I:
            return _raw(a._s, 0, 0, _I)
        return _raw(bs, 0, 0, _I)
    ac, ae, asg = a._c, a._e, a._s
    bc, be = b._c, b._e
    e = min(ae, be)
    if ac == 0 or bc == 0:
        # avoid needless huge padding of the non-zero operand
        if ac == 0 and bc != 0:
            lim = be + _ndigits(bc) - ctx.prec - 2
            e = max(e, min(be, lim))
        elif bc == 0 and ac != 0:
            lim = ae + _ndigits(ac) - ctx.prec - 2
            e = max(e, min(ae, lim))
    else:
        # operand far below the other's precision window becomes sticky
        if ae >= be:
            hc, he, lc, le = ac, ae, bc, be
        else:
            hc, he, lc, le = bc, be, ac, ae
        floor = min(he, he + _ndigits(hc) - ctx.prec - 3)
        if le + _ndigits(lc) - 1 < floor - 1:
            if ae >= be:
                bc, be = 1, floor - 2
            else:
                ac, ae = 1, floor - 2
            e = floor - 2
    x = ac * 10 ** (ae - e) if ac else 0
    y = bc * 10 ** (be - e) if bc else 0
    if asg:
        x = -x
    if bs:
        y = -y
    tot = x + y
    if tot == 0:
        if asg == bs:
            sign = asg
        else:
            sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        return _finish(ctx, sign, 0, e)
    return _finish(ctx, 1 if tot < 0 else 0, abs(tot), e)


def _op_mul(a, b, ctx):
    r = _nans(ctx, a, b)
    if r is not None:
        return r
    sign = a._s ^ b._s
    if a._k == _I or b._k == _I:
        if (a._k == _F and a._c == 0) or (b._k == _F and b._c == 0):
            return _invalid(ctx)
        return _raw(sign, 0, 0, _I)
    return _finish(ctx, sign, a._c * b._c, a._e + b._e)


def _quotient(sign, ac, ae, bc, be, ctx):
    """Correctly rounded ac*10**ae / bc*10**be (both non-zero)."""
    ideal = ae - be
    shift = ctx.prec + 2 + _ndigits(bc) - _ndigits(ac)
    if shift < 0:
        shift = 0
    q, rem = divmod(ac * 10 ** shift, bc)
    e = ideal - shift
    if rem:
        q, e = _sticky(q, e)
    else:
        while e < ideal and q % 10 == 0:
            q //= 10
            e += 1
    return _finish(ctx, sign, q, e)


def _op_div(a, b, ctx):
    r = _nans(ctx, a, b)
    if r is not None:
        return r
    sign = a._s ^ b._s
    if a._k == _I:
        if b._k == _I:
            return _invalid(ctx)
        return _raw(sign, 0, 0, _I)
    if b._k == _I:
        return _finish(ctx, sign, 0, ctx.Emin - ctx.prec + 1,
                       [Clamped])
    if b._c == 0:
        if a._c == 0:
            return _invalid(ctx, DivisionUndefined)
        _signal(ctx, [DivisionByZero])
        return _raw(sign, 0, 0, _I)
    if a._c == 0:
        return _finish(ctx, sign, 0, a._e - b._e)
    return _quotient(sign, a._c, a._e, b._c, b._e, ctx)


def _op_divmod(a, b, ctx, want):
    """Truncating integer division and remainder; want in 'q', 'r', 'qr'."""
    def bad(cond=InvalidOperation, extra=()):
        _signal(ctx, [cond] + list(extra))
        n = _raw(0, 0, 0, _Q)
        return (n, n) if want == 'qr' else n
    if a._k >= _Q or b._k >= _Q:
        r = _nans(ctx, a, b)
        return (r, r) if want == 'qr' else r
    sign = a._s ^ b._s
    if a._k == _I:
        if b._k == _I:
            return bad()
        if want == 'qr':
            _signal(ctx, [InvalidOperation])
            return (_raw(sign, 0, 0, _I), _raw(0, 0, 0, _Q))
        if want == 'q':
            return _raw(sign, 0, 0, _I)
        return bad()
    if b._k == _I:
        q = _raw(sign, 0, 0)
        if want == 'q':
            return q
        rr = _finish(ctx, a._s, a._c, a._e)
        return (q, rr) if want == 'qr' else rr
    if b._c == 0:
        if a._c == 0:
            return bad(DivisionUndefined)
        if want == 'q':
            _signal(ctx, [DivisionByZero])
            return _raw(sign, 0, 0, _I)
        if want == 'r':
            return bad()
        _signal(ctx, [InvalidOperation, DivisionByZero])
        return (_raw(sign, 0, 0, _I), _raw(0, 0, 0, _Q))
    e = min(a._e, b._e)
    if a._c and a.adjusted() - b.adjusted() > ctx.prec:
        return bad(DivisionImpossible)
    x = a._c * 10 ** (a._e - e)
    y = b._c * 10 ** (b._e - e)
    q, rem = divmod(x, y)
    if _ndigits(q) > ctx.prec:
        return bad(DivisionImpossible)
    qd = _raw(sign, q, 0)
    if want == 'q':
        return qd
    rd = _finish(ctx, a._s, rem, e)
    if want == 'r':
        return rd
    return (qd, rd)


def _op_remnear(a, b, ctx):
    r = _nans(ctx, a, b)
    if r is not None:
        return r
    if a._k == _I:
        return _invalid(ctx)
    if b._k == _I:
        return _finish(ctx, a._s, a._c, a._e)
    if b._c == 0:
        return _invalid(ctx, DivisionUndefined if a._c == 0
                        else InvalidOperation)
    e = min(a._e, b._e)
    if a._c and a.adjusted() - b.adjusted() > ctx.prec:
        return _invalid(ctx, DivisionImpossible)
    x = a._c * 10 ** (a._e - e)
    y = b._c * 10 ** (b._e - e)
    q, rem = divmod(x, y)
    if 2 * rem > y or (2 * rem == y and q & 1):
        rem -= y
        q += 1
    if _ndigits(q) > ctx.prec:
        return _invalid(ctx, DivisionImpossible)
    sign = a._s
    if rem < 0:
        sign ^= 1
        rem = -rem
    return _finish(ctx, sign, rem, e)


def _rescale(d, te, mode, ctx, checked):
    if d._k != _F:
        return d
    conds = []
    if d._c == 0:
        return _raw(d._s, 0, te)
    if te <= d._e:
        c = d._c * 10 ** (d._e - te)
        inexact = False
    else:
        c, inexact = _shift_round(d._c, te - d._e, mode, d._s)
        conds.append(Rounded)
        if inexact:
            conds.append(Inexact)
    if checked:
        if c and _ndigits(c) > ctx.prec:
            return _invalid(ctx)
        res = _raw(d._s, c, te)
        if c and res.adjusted() < ctx.Emin:
            conds.append(Subnormal)
            if inexact:
                conds.append(Underflow)
        if conds:
            _signal(ctx, conds)
        return res
    return _raw(d._s, c, te)


def _op_next(a, ctx, direction):
    r = _nans(ctx, a)
    if r is not None:
        return r
    etiny = ctx.Emin - ctx.prec + 1
    etop = ctx.Emax - ctx.prec + 1
    big = _raw(0, 10 ** ctx.prec - 1, etop)
    if a._k == _I:
        if (a._s == 0) == (direction > 0):
            return a
        return _raw(a._s, big._c, big._e)
    # work at a scale finer than any representable value
    fine = min(a._e, etiny) - 1
    tmp = Context(prec=ctx.prec, Emin=ctx.Emin, Emax=ctx.Emax,
                  rounding=ROUND_FLOOR if direction < 0 else ROUND_CEILING,
                  clamp=ctx.clamp, traps=[])
    c = a._c * 10 ** (a._e - fine) if a._c else 0
    v = -c if a._s else c
    v += direction
    res = _finish(tmp, 1 if v < 0 else 0, abs(v), fine)
    if res._k == _I:
        return res
    if res._c == 0 and res._s == 0 and direction < 0 and a._c == 0:
        pass
    return res


def _op_sqrt(a, ctx):
    r = _nans(ctx, a)
    if r is not None:
        return r
    if a._k == _I:
        if a._s:
            return _invalid(ctx)
        return a
    ideal = a._e // 2
    if a._c == 0:
        return _finish(ctx, a._s, 0, ideal)
    if a._s:
        return _invalid(ctx)
    c, e = a._c, a._e
    want = 2 * (ctx.prec + 2)
    k = max(0, want - _ndigits(c))
    if (e - k) % 2:
        k += 1
    c *= 10 ** k
    e -= k
    root = _m.isqrt(c)
    re = e // 2
    if root * root != c:
        root, re = _sticky(root, re)
    else:
        while re < ideal and root % 10 == 0:
            root //= 10
            re += 1
    tmp = ctx._shallow(rounding=ROUND_HALF_EVEN)
    res = _finish(tmp, 0, root, re)
    ctx._merge(tmp)
    return res


def _integral_value(d):
    """Return the Python int value of an integral finite Decimal."""
    v = d._c * 10 ** d._e if d._e >= 0 else d._c // 10 ** -d._e
    return -v if d._s else v


def _op_pow(a, b, ctx):
    r = _nans(ctx, a, b)
    if r is not None:
        return r
    b_int = b._isinteger()
    b_odd = False
    if b_int:
        if b._c == 0:
            b_odd = False
        elif b._e > 0:
            b_odd = False
        else:
            b_odd = (b._c // 10 ** -b._e) & 1 == 1
    b_neg = b._s == 1 and not (b._k == _F and b._c == 0)
    a_zero = a._k == _F and a._c == 0
    b_zero = b._k == _F and b._c == 0
    if b_zero:
        if a_zero:
            return _invalid(ctx)
        return _finish(ctx, 0, 1, 0)
    if a._s and not a_zero and not b_int:
        return _invalid(ctx)
    sign = a._s if b_odd else 0
    if a_zero:
        if b_neg:
            return _raw(sign, 0, 0, _I)
        return _finish(ctx, sign, 0, 0)
    if a._k == _I:
        if b_neg:
            return _raw(sign, 0, 0)
        return _raw(sign, 0, 0, _I)
    if b._k == _I:
        v = _cmp_mag(a, _raw(0, 1, 0))
        if v == 0:
            return _finish(ctx, 0, 10 ** (ctx.prec - 1), 1 - ctx.prec,
                           [Inexact, Rounded])
        if (v > 0) != b_neg:
            return _raw(0, 0, 0, _I)
        return _raw(0, 0, 0)
    if b_int:
        return _pow_int(a, _integral_value(b), sign, ctx)
    return _pow_real(a, b, ctx)


def _pow_int(a, n, sign, ctx):
    c, e = a._c, a._e
    mag = abs(n)
    lx = _m.log10(c) + e if c < 10 ** 300 else _ndigits(c) + e
    est = lx * mag
    if est > ctx.Emax + 2 and lx > 0 or est < 0 and lx < 0 and \
            -est > -(ctx.Emin - ctx.prec) + 2 and n > 0:
        pass
    if n < 0:
        est = -est
    if est > ctx.Emax + 5:
        return _finish(ctx, sign, 1, ctx.Emax + 3)
    if est < ctx.Emin - ctx.prec - 5:
        return _finish(ctx, sign, 1, ctx.Emin - ctx.prec - 3)
    if _ndigits(c) * mag <= 20000 + 4 * ctx.prec:
        pc = c ** mag
        pe = e * mag
        if n > 0:
            return _finish(ctx, sign, pc, pe)
        return _quotient(sign, 1, 0, pc, pe, ctx)
    # very large power: iterate at a generous working precision
    w = ctx.prec + len(str(mag)) + 12
    rc, re_, inexact = 1, 0, False
    bc, be = c, e
    k = mag
    while True:
        if k & 1:
            rc, re_ = rc * bc, re_ + be
            nd = _ndigits(rc)
            if nd > w:
                q, rem = divmod(rc, 10 ** (nd - w))
                inexact = inexact or rem != 0
                rc, re_ = q, re_ + nd - w
        k >>= 1
        if not k:
            break
        bc, be = bc * bc, be * 2
        nd = _ndigits(bc)
        if nd > w:
            q, rem = divmod(bc, 10 ** (nd - w))
            inexact = inexact or rem != 0
            bc, be = q, be + nd - w
    if inexact:
        rc, re_ = _sticky(rc, re_)
    if n > 0:
        return _finish(ctx, sign, rc, re_)
    return _quotient(sign, 1, 0, rc, re_, ctx)


def _op_powmod(a, b, m, ctx):
    r = _nans(ctx, a, b, m)
    if r is not None:
        return r
    if not (a._isinteger() and b._isinteger() and m._isinteger()):
        return _invalid(ctx)
    mv = _integral_value(m)
    bv = _integral_value(b)
    av = _integral_value(a)
    if bv < 0 or mv == 0 or (av == 0 and bv == 0) or \
            _ndigits(abs(mv)) > ctx.prec:
        return _invalid(ctx)
    res = pow(abs(av), bv, abs(mv))
    sign = 1 if (av < 0 and bv & 1) else 0
    return _raw(sign, res, 0)


# ---------------------------------------------------------------- exp / ln

def _exp_fixed(c, e, w):
    """Return (M, E): e**(c*10**e) ~= M*10**E with |error| < 10**E and at
    least w digits in M.  c may be negative."""
    neg = c < 0
    c = abs(c)
    lx = e + _ndigits(c)
    s = max(0, int(lx * 3.33) + 8) if lx > -3 else 0
    guard = w + 8 + s // 3
    F = guard + 2
    if F + e >= 0:
        num = c * 10 ** (F + e)
    else:
        num = c // 10 ** (-(F + e))
    r = num >> s
    one = 10 ** F
    term = one
    total = one
    k = 1
    while term:
        term = term * r // (k * one)
        total += term
        k += 1
    M, E = total, -F
    for _ in range(s):
        M = M * M
        E *= 2
        nd = _ndigits(M)
        if nd > guard:
            M //= 10 ** (nd - guard)
            E += nd - guard
    if neg:
        nd = _ndigits(M)
        sc = guard + nd
        M = 10 ** sc // M
        E = -sc - E
    nd = _ndigits(M)
    drop = nd - (w + 2)
    if drop > 0:
        M //= 10 ** drop
        E += drop
    return M, E


_LN10_CACHE = [0, 0]


def _ln_core(m, G):
    """ln(m / 10**G) * 10**G for m > 0, fixed point, small error."""
    one = 10 ** G
    k = 24
    for _ in range(k):
        m = _m.isqrt(m * one)
    t = (m - one) * one // (m + one)
    t2 = t * t // one
    term = t
    acc = 0
    j = 1
    while term:
        acc += term // j
        term = term * t2 // one
        j += 2
    return (2 * acc) << k


def _ln10(G):
    if _LN10_CACHE[0] >= G:
        return _LN10_CACHE[1] // 10 ** (_LN10_CACHE[0] - G)
    G2 = G + 10
    v = _ln_core(10 * 10 ** G2, G2)
    _LN10_CACHE[0] = G2
    _LN10_CACHE[1] = v
    return v // 10 ** 10


def _ln_fixed(c, e, F):
    """ln(c*10**e) * 10**F (signed int), absolute error of a few units."""
    n = _ndigits(c)
    adj = e + n - 1
    G = F + 12
    if G >= n - 1:
        m = c * 10 ** (G - (n - 1))
    else:
        m = c // 10 ** ((n - 1) - G)
    v = _ln_core(m, G) + adj * _ln10(G)
    return v // 10 ** 12


def _ziv(ctx, sign, approx, exact_check=None, context_rounding=False):
    """Correctly round a transcendental result.  approx(w) returns (M, E)
    with the true magnitude within 2 units of M*10**E and >= w digits.
    exp, ln and log10 round half-even whatever the context says; power
    (context_rounding) rounds in the context's mode."""
    w = ctx.prec + 6
    settled = False
    for _ in range(8):
        M, E = approx(w)
        nd = _ndigits(M)
        d = nd - ctx.prec
        if d > 0:
            unit = 10 ** d
            rem = M % unit
            half = unit // 2
            if 3 <= rem <= unit - 3 and abs(rem - half) > 2:
                settled = True
                break
        w = w * 2
    if context_rounding and not settled and d > 0 and (rem <= 2 or rem >= unit - 2):
        # Within the error of a representable value at every precision tried: that value
        # is the result (a directed rounding must not move it).
        M = (M + unit // 2) // unit * unit
    else:
        M, E = _sticky(M, E)
    tmp = ctx if context_rounding else ctx._shallow(rounding=ROUND_HALF_EVEN)
    res = _finish(tmp, sign, M, E)
    if tmp is not ctx:
        ctx._merge(tmp)
    return res


def _op_exp(a, ctx):
    r = _nans(ctx, a)
    if r is not None:
        return r
    if a._k == _I:
        return _raw(0, 0, 0) if a._s else a
    if a._c == 0:
        return _finish(ctx, 0, 1, 0)
    adj = a.adjusted()
    if adj > 20:
        big = True
    else:
        big = False
        xv = a._c * 10.0 ** a._e if a._e > -300 else 0.0
        dec_exp = xv * 0.4342944819032518
    if a._s:
        if big or dec_exp < ctx.Emin - ctx.prec - 3:
            return _finish(ctx, 0, 1, ctx.Emin - ctx.prec - 2)
    else:
        if big or dec_exp > ctx.Emax + 2:
            return _finish(ctx, 0, 1, ctx.Emax + 2)
    cv = -a._c if a._s else a._c
    return _ziv(ctx, 0, lambda w: _exp_fixed(cv, a._e, w))


def _ln_approx(a, w, base10):
    c, e = a._c, a._e
    # magnitude of the result (to size the fixed point)
    dev = _op_add(a, _raw(0, 1, 0), _CTX_EXACT, True)
    lead = 0
    if dev._c:
        lead = max(0, -dev.adjusted())
    F = w + 4 + lead
    while True:
        L = _ln_fixed(c, e, F)
        if base10:
            L = L * 10 ** F // _ln10(F)
        nd = _ndigits(abs(L))
        if nd >= w + 3:
            break
        F += (w + 3 - nd) + 3
    M = abs(L) // 100
    return M, -F + 2


def _op_ln(a, ctx, base10):
    r = _nans(ctx, a)
    if r is not None:
        return r
    if a._k == _I:
        if a._s:
            return _invalid(ctx)
        return a
    if a._c == 0:
        return _raw(1, 0, 0, _I)
    if a._s:
        return _invalid(ctx)
    cs = str(a._c)
    if base10 and cs[0] == '1' and cs.strip('0') == '1':
        v = a.adjusted()
        return _finish(ctx, 1 if v < 0 else 0, abs(v), 0)
    if not base10 and a._c * 10 ** max(a._e, 0) == 10 ** max(-a._e, 0) \
            and (a._e >= 0 or a._c == 10 ** -a._e):
        if a.adjusted() == 0 and cs.strip('0') == '1':
            return _finish(ctx, 0, 0, 0)
    sign = 1 if a.adjusted() < 0 or (a.adjusted() == 0 and
                                      _cmp(a, _raw(0, 1, 0)) < 0) else 0
    return _ziv(ctx, sign, lambda w: _ln_approx(a, w, base10))


def _pow_real(a, b, ctx):
    # a > 0 finite, b finite non-integral
    if _cmp(a, _raw(0, 1, 0)) == 0:
        return _finish(ctx, 0, 10 ** (ctx.prec - 1), 1 - ctx.prec,
                       [Inexact, Rounded])
    badj = b.adjusted()
    la = _m.log10(a._c) + a._e if a._c < 10 ** 300 else \
        _ndigits(a._c) + a._e
    bv = b._c * 10.0 ** b._e if -300 < b._e < 300 else 0.0
    if b._s:
        bv = -bv
    est = la * bv if abs(badj) < 300 else (1e300 if (la > 0) == (bv > 0)
                                             else -1e300)
    if est > ctx.Emax + 3:
        return _finish(ctx, 0, 1, ctx.Emax + 2)
    if est < ctx.Emin - ctx.prec - 3:
        return _finish(ctx, 0, 1, ctx.Emin - ctx.prec - 2)

    def approx(w):
        extra = max(0, int(abs(est)) and len(str(int(abs(est) * 2.31) + 1)))
        F = w + 6 + extra + max(0, badj + 1)
        L = _ln_fixed(a._c, a._e, F)
        z = L * b._c
        if b._s:
            z = -z
        return _exp_fixed(z, b._e - F, w)
    return _ziv(ctx, 0, approx, context_rounding=True)


# ---------------------------------------------------------------- Context

class Context(object):
    """The context affects almost all operations and controls rounding,
    Over/Underflow, raising of exceptions and much more."""
    __tp_name__ = 'decimal.Context'   # the C type's name CPython shows in messages

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        base = DefaultContext if '_default_ready' in globals() else None
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clamp = 0
        if base is not None:
            self._prec = base._prec
            self._rounding = base._rounding
            self._Emin = base._Emin
            self._Emax = base._Emax
            self._capitals = base._capitals
            self._clamp = base._clamp
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is None:
            if base is not None:
                self.traps = _new_sigdict([s for s in _SIGNALS
                                           if base.traps[s]])
            else:
                self.traps = _new_sigdict([InvalidOperation, DivisionByZero,
                                           Overflow])
        elif isinstance(traps, dict):
            self.traps = _new_sigdict([s for s in _SIGNALS if traps.get(s)])
        else:
            self.traps = _new_sigdict(traps)
        if flags is None:
            self.flags = _new_sigdict()
        elif isinstance(flags, dict):
            self.flags = _new_sigdict([s for s in _SIGNALS if flags.get(s)])
        else:
            self.flags = _new_sigdict(flags)

    # validated attributes
    def _get_prec(self):
        return self._prec

    def _set_prec(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if not 1 <= v <= MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        self._prec = v
    prec = property(_get_prec, _set_prec)

    def _get_rounding(self):
        return self._rounding

    def _set_rounding(self, v):
        if v not in _ROUNDINGS:
            raise TypeError(
                "valid values for rounding are:\n"
                "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                "   ROUND_05UP]")
        self._rounding = v
    rounding = property(_get_rounding, _set_rounding)

    def _get_emin(self):
        return self._Emin

    def _set_emin(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if not MIN_EMIN <= v <= 0:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        self._Emin = v
    Emin = property(_get_emin, _set_emin)

    def _get_emax(self):
        return self._Emax

    def _set_emax(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if not 0 <= v <= MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        self._Emax = v
    Emax = property(_get_emax, _set_emax)

    def _get_capitals(self):
        return self._capitals

    def _set_capitals(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if v not in (0, 1):
            raise ValueError("valid values for capitals are 0 or 1")
        self._capitals = v
    capitals = property(_get_capitals, _set_capitals)

    def _get_clamp(self):
        return self._clamp

    def _set_clamp(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if v not in (0, 1):
            raise ValueError("valid values for clamp are 0 or 1")
        self._clamp = v
    clamp = property(_get_clamp, _set_clamp)

    def __repr__(self):
        fl = ', '.join(s.__name__ for s in _REPR_ORDER if self.flags[s])
        tr = ', '.join(s.__name__ for s in _REPR_ORDER if self.traps[s])
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, '
                'capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax,
                   self.capitals, self.clamp, fl, tr))

    def _shallow(self, **kw):
        c = Context(prec=self._prec, rounding=self._rounding,
                    Emin=self._Emin, Emax=self._Emax,
                    capitals=self._capitals, clamp=self._clamp,
                    flags=[], traps=[s for s in _SIGNALS if self.traps[s]])
        if 'traps' in kw:
            c.traps = _new_sigdict(kw.pop('traps'))
        for k, v in kw.items():
            setattr(c, k, v)
        return c

    def _merge(self, tmp):
        for s in _SIGNALS:
            if tmp.flags[s]:
                self.flags[s] = True

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax,
                       self.capitals, self.clamp,
                       [s for s in _SIGNALS if self.flags[s]],
                       [s for s in _SIGNALS if self.traps[s]])

    __copy__ = copy

    def __reduce__(self):
        return (self.__class__, (self.prec, self.rounding, self.Emin,
                                 self.Emax, self.capitals, self.clamp,
                                 [s for s in _SIGNALS if self.flags[s]],
                                 [s for s in _SIGNALS if self.traps[s]]))

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def radix(self):
        return Decimal(10)

    def create_decimal(self, num="0"):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return _invalid(self, ConversionSyntax)
        if isinstance(num, float):
            _signal(self, [FloatOperation])
            d = _from_float(num)
        elif isinstance(num, str):
            parsed = _parse(num)
            if parsed is None:
                return _invalid(self, ConversionSyntax)
            d = _raw(*parsed)
        else:
            d = Decimal(num, self)
        if d._k >= _Q:
            if d._c and _ndigits(d._c) > self.prec - self.clamp:
                return _invalid(self, ConversionSyntax)
            return d
        if d._k == _I:
            return d
        return _finish(self, d._s, d._c, d._e)

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        if d._k != _F:
            return d
        return _finish(self, d._s, d._c, d._e)

    def _cv(self, a):
        return _convert(a)

    # arithmetic
    def abs(self, a):
        return _op_abs(_convert(a), self)

    def add(self, a, b):
        return _op_add(_convert(a), _convert(b), self)

    def subtract(self, a, b):
        return _op_add(_convert(a), _convert(b), self, negate=True)

    def multiply(self, a, b):
        return _op_mul(_convert(a), _convert(b), self)

    def divide(self, a, b):
        return _op_div(_convert(a), _convert(b), self)

    def divide_int(self, a, b):
        return _op_divmod(_convert(a), _convert(b), self, 'q')

    def remainder(self, a, b):
        return _op_divmod(_convert(a), _convert(b), self, 'r')

    def divmod(self, a, b):
        return _op_divmod(_convert(a), _convert(b), self, 'qr')

    def remainder_near(self, a, b):
        return _op_remnear(_convert(a), _convert(b), self)

    def power(self, a, b, modulo=None):
        a = _convert(a)
        b = _convert(b)
        if modulo is not None:
            return _op_powmod(a, b, _convert(modulo), self)
        return _op_pow(a, b, self)

    def plus(self, a):
        return _op_plus(_convert(a), self)

    def minus(self, a):
        return _op_minus(_convert(a), self)

    def fma(self, a, b, c):
        return _convert(a).fma(b, c, self)

    def sqrt(self, a):
        return _op_sqrt(_convert(a), self)

    def exp(self, a):
        return _op_exp(_convert(a), self)

    def ln(self, a):
        return _op_ln(_convert(a), self, False)

    def log10(self, a):
        return _op_ln(_convert(a), self, True)

    def logb(self, a):
        return _convert(a).logb(self)

    def quantize(self, a, b):
        return _convert(a).quantize(b, context=self)

    def normalize(self, a):
        return _convert(a).normalize(self)

    reduce = normalize

    def to_integral_value(self, a):
        return _convert(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _convert(a).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return _convert(a).__str__(context=self)

    def to_eng_string(self, a):
        return _convert(a).__str__(eng=True, context=self)

    def compare(self, a, b):
        return _convert(a).compare(b, self)

    def compare_signal(self, a, b):
        return _convert(a).compare_signal(b, self)

    def compare_total(self, a, b):
        return _convert(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return _convert(a).compare_total_mag(b)

    def copy_abs(self, a):
        return _convert(a).copy_abs()

    def copy_negate(self, a):
        return _convert(a).copy_negate()

    def copy_sign(self, a, b):
        return _convert(a).copy_sign(b)

    def copy_decimal(self, a):
        return _convert(a)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a

    def max(self, a, b):
        return _convert(a).max(b, self)

    def min(self, a, b):
        return _convert(a).min(b, self)

    def max_mag(self, a, b):
        return _convert(a).max_mag(b, self)

    def min_mag(self, a, b):
        return _convert(a).min_mag(b, self)

    def next_plus(self, a):
        return _convert(a).next_plus(self)

    def next_minus(self, a):
        return _convert(a).next_minus(self)

    def next_toward(self, a, b):
        return _convert(a).next_toward(b, self)

    def number_class(self, a):
        return _convert(a).number_class(self)

    def same_quantum(self, a, b):
        return _convert(a).same_quantum(b)

    def scaleb(self, a, b):
        return _convert(a).scaleb(b, self)

    def shift(self, a, b):
        return _convert(a).shift(b, self)

    def rotate(self, a, b):
        return _convert(a).rotate(b, self)

    def logical_and(self, a, b):
        return _convert(a).logical_and(b, self)

    def logical_or(self, a, b):
        return _convert(a).logical_or(b, self)

    def logical_xor(self, a, b):
        return _convert(a).logical_xor(b, self)

    def logical_invert(self, a):
        return _convert(a).logical_invert(self)

    def is_canonical(self, a):
        return _convert(a).is_canonical()

    def is_finite(self, a):
        return _convert(a).is_finite()

    def is_infinite(self, a):
        return _convert(a).is_infinite()

    def is_nan(self, a):
        return _convert(a).is_nan()

    def is_qnan(self, a):
        return _convert(a).is_qnan()

    def is_snan(self, a):
        return _convert(a).is_snan()

    def is_signed(self, a):
        return _convert(a).is_signed()

    def is_zero(self, a):
        return _convert(a).is_zero()

    def is_normal(self, a):
        return _convert(a).is_normal(self)

    def is_subnormal(self, a):
        return _convert(a).is_subnormal(self)


# ---------------------------------------------------------------- contexts

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN,
                         traps=[DivisionByZero, Overflow, InvalidOperation],
                         flags=[], Emax=999999, Emin=-999999, capitals=1,
                         clamp=0)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[],
                          flags=[])
_default_ready = True
_CTX_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])

try:
    import contextvars as _cv
    _current = _cv.ContextVar('decimal_context')

    def getcontext():
        """Returns this thread's context."""
        try:
            return _current.get()
        except LookupError:
            ctx = DefaultContext.copy()
            _current.set(ctx)
            return ctx

    def _store(ctx):
        _current.set(ctx)
except ImportError:
    _state = [None]

    def getcontext():
        """Returns this thread's context."""
        ctx = _state[0]
        if ctx is None:
            ctx = DefaultContext.copy()
            _state[0] = ctx
        return ctx

    def _store(ctx):
        _state[0] = ctx


def setcontext(context):
    """Make `context` the current decimal context."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or \
            context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _store(context)


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
               'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    """Return a context manager for a copy of the supplied context."""
    if ctx is None:
        ctx = getcontext()
    new = ctx.copy()
    for key, val in kwargs.items():
        if key not in _LOCAL_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this "
                            "function" % key)
        if key in ('flags', 'traps'):
            setattr(new, key, _new_sigdict(
                [s for s in _SIGNALS if val.get(s)] if isinstance(val, dict)
                else val))
        else:
            setattr(new, key, val)
    return _ContextManager(new)


# ---------------------------------------------------------------- format

def _parse_spec(spec):
    """Split a format spec into its fields (float-like mini language)."""
    i = 0
    n = len(spec)
    fill, align = ' ', None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    zero_coerce = False
    if i < n and spec[i] == 'z':
        zero_coerce = True
        i += 1
    zeropad = False
    if i < n and spec[i] == '0':
        # The '0' flag sets fill and alignment itself: both given as well is refused.
        if align is not None:
            raise ValueError("invalid format string")
        zeropad = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else None
    grouping = ''
    if i < n and spec[i] == ',':
        grouping = ','
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError("invalid format string")
        prec = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
    if i != n or (typ is not None and typ not in 'eEfFgGn%') or (grouping and typ == 'n'):
        raise ValueError("invalid format string")
    if zeropad and align is None:
        fill, align = '0', '='
    return fill, align, sign, zero_coerce, width, grouping, prec, typ


def _group(intpart, sep):
    if not sep or len(intpart) <= 3:
        return intpart
    out = []
    while len(intpart) > 3:
        out.append(intpart[-3:])
        intpart = intpart[:-3]
    out.append(intpart)
    return sep.join(reversed(out))


def _format_decimal(d, spec, override=None):
    ctx = getcontext()
    fill, align, signopt, zc, width, grouping, prec, typ = _parse_spec(spec)
    mode = ctx.rounding
    neg = d._s == 1
    if d._k != _F:
        if fill == '0' and align == '=' and '=' not in spec:
            fill, align = ' ', '>'
        body = str(d.copy_abs())
        suffix = '%' if typ == '%' else ''
        return _pad(body + suffix, neg, signopt, fill, align or '>', width,
                    '', None)
    c, e = d._c, d._e
    if typ == '%':
        e += 2
    upper = typ in ('E', 'G') or (typ is None and ctx.capitals and False)
    if typ is None:
        typ_eff = 'g'
        upper = bool(ctx.capitals)
    else:
        typ_eff = typ.lower()
        if typ_eff == 'n':
            typ_eff = 'g'
    # rounding according to the precision
    if prec is not None:
        if typ_eff in ('e',):
            if c == 0:
                e_shown_zero = e + prec
                digits = '0' * (prec + 1)
                body = digits[0] + ('.' + digits[1:] if prec else '')
                body += ('E' if upper else 'e') + '%+d' % e_shown_zero
                return _pad(body, neg, signopt, fill, align or '>', width,
                            '', None)
            nd = _ndigits(c)
            want = prec + 1
            if nd > want:
                c, _x = _shift_round(c, nd - want, mode, d._s)
                e += nd - want
                if _ndigits(c) > want:
                    c //= 10
                    e += 1
            elif nd < want:
                c *= 10 ** (want - nd)
                e -= want - nd
        elif typ_eff in ('f', '%'):
            if e < -prec:
                c, _x = _shift_round(c, -prec - e, mode, d._s)
                e = -prec
            elif e > -prec:
                c *= 10 ** (e + prec)
                e = -prec
        else:  # g
            p = prec if prec > 0 else 1
            nd = _ndigits(c)
            if nd > p:
                c, _x = _shift_round(c, nd - p, mode, d._s)
                e += nd - p
                if _ndigits(c) > p:
                    c //= 10
                    e += 1
    if c == 0 and e > 0 and prec is None and typ_eff in ('f', '%'):
        e = 0
    digits = str(c)
    nd = len(digits)
    if typ_eff == 'e':
        point = 1
    elif typ_eff in ('f', '%'):
        point = nd + e
    else:
        adj = e + nd - 1
        if e <= 0 and adj >= -6:
            point = nd + e
        else:
            point = 1
        if c == 0 and e > 0 and typ_eff == 'g':
            point = 1
    if c == 0 and typ_eff == 'e' and prec is None:
        point = 1
    # build intpart / fraction / exponent
    if typ_eff in ('f', '%') or point != 1 or (typ_eff == 'g' and
                                               e <= 0 and e + nd - 1 >= -6):
        if typ_eff in ('f', '%') or (typ_eff == 'g' and e <= 0 and
                                     e + nd - 1 >= -6):
            pt = nd + e
            if pt <= 0:
                intpart = '0'
                frac = '0' * (-pt) + digits
            elif pt >= nd:
                intpart = digits + '0' * (pt - nd)
                frac = ''
            else:
                intpart, frac = digits[:pt], digits[pt:]
            expstr = ''
        else:
            intpart, frac = digits[:1], digits[1:]
            expstr = ('E' if upper else 'e') + '%+d' % (e + nd - 1)
    else:
        intpart, frac = digits[:1], digits[1:]
        expstr = ('E' if upper else 'e') + '%+d' % (e + nd - 1)
    if zc and c == 0:
        neg = False
    suffix = '%' if typ == '%' else ''
    return _pad(None, neg, signopt, fill, align or '>', width, grouping,
                (intpart, frac, expstr + suffix))


def _pad(body, neg, signopt, fill, align, width, grouping, parts):
    if neg:
        sgn = '-'
    elif signopt == '+':
        sgn = '+'
    elif signopt == ' ':
        sgn = ' '
    else:
        sgn = ''
    if parts is None:
        core = body
    else:
        intpart, frac, tail = parts
        if align == '=' and fill == '0' and grouping and width:
            # zero padding participates in grouping
            room = width - len(sgn) - len(tail) - (len(frac) + 1 if frac
                                                   else 0)
            while len(_group(intpart, grouping)) < room:
                intpart = '0' + intpart
            grouped = _group(intpart, grouping)
            if len(grouped) > room and len(intpart) > 1 and \
                    intpart[0] == '0' and len(_group(intpart[1:], grouping)) \
                    >= room:
                grouped = _group(intpart[1:], grouping)
        else:
            grouped = _group(intpart, grouping)
        core = grouped + ('.' + frac if frac else '') + tail
    total = len(sgn) + len(core)
    if width is None or total >= width:
        return sgn + core
    gap = width - total
    if align == '<':
        return sgn + core + fill * gap
    if align == '>':
        return fill * gap + sgn + core
    if align == '=':
        return sgn + fill * gap + core
    left = gap // 2
    return fill * left + sgn + core + fill * (gap - left)
