"""Exact rational numbers: the Fraction type."""

import math as _m
import numbers as _nums
import operator as _ops
import re as _re
import sys as _sys

__all__ = ['Fraction']

_HASH_MOD = _sys.hash_info.modulus
_HASH_INF = _sys.hash_info.inf

# Accepted string forms: "[sign] int [/ int]" or "[sign] decimal [exponent]",
# surrounded by optional whitespace; digit groups may use single underscores.
_DIGITS = r'\d+(?:_\d+)*'
_LITERAL = _re.compile(
    r'\s*(?P<sign>[-+]?)'
    r'(?:(?P<whole>' + _DIGITS + r')\s*/\s*(?P<under>' + _DIGITS + r')'
    r'|(?=\d|\.\d)(?P<ipart>(?:' + _DIGITS + r')?)'
    r'(?:\.(?P<fpart>(?:' + _DIGITS + r')?))?'
    r'(?:[eE](?P<exp>[-+]?' + _DIGITS + r'))?)\s*\Z')

# Format specs understood by Fraction.__format__ (the float-style subset).
_SPEC = _re.compile(r'''
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ]?)
    (?P<nozero>z)?
    (?P<alt>\#)?
    (?P<zeropad>0(?=[0-9]))?
    (?P<width>[0-9]+)?
    (?P<group>[,_])?
    (?:\.(?P<prec>[0-9]+))?
    (?P<kind>[eEfFgG%])
    \Z''', _re.VERBOSE | _re.DOTALL)


def _round_div(num, den, ties_even=True):
    """num/den rounded to an integer (halves to even)."""
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q % 2 == 1):
        q += 1
    return q


def _scaled_digits(num, den, places):
    """Digits of |num/den| * 10**places rounded to an integer."""
    if places >= 0:
        return _round_div(abs(num) * 10 ** places, den)
    return _round_div(abs(num), den * 10 ** -places)


def _sci_parts(num, den, figures):
    """(digits, exponent): |num/den| ~= digits * 10**(exponent-figures+1)
    with exactly `figures` significant digits."""
    if num == 0:
        return 0, 0
    a = abs(num)
    exp = len(str(a)) - len(str(den))
    # make 10**exp <= a/den < 10**(exp+1)
    if exp >= 0:
        if a < den * 10 ** exp:
            exp -= 1
    elif a * 10 ** -exp < den:
        exp -= 1
    digits = _scaled_digits(num, den, figures - 1 - exp)
    if digits >= 10 ** figures:
        digits //= 10
        exp += 1
    return digits, exp


class Fraction(_nums.Rational):
    """A rational number numerator/denominator in lowest terms.

    Fraction(7, -3), Fraction(Fraction(1, 2)), Fraction('3/7'),
    Fraction('-1.5e3'), Fraction(0.25) are all accepted."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        obj = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                obj._numerator, obj._denominator = numerator, 1
                return obj
            if isinstance(numerator, _nums.Rational):
                obj._numerator = numerator.numerator
                obj._denominator = numerator.denominator
                return obj
            if isinstance(numerator, float) or _is_decimal(numerator):
                obj._numerator, obj._denominator = \
                    numerator.as_integer_ratio()
                return obj
            if not isinstance(numerator, str):
                raise TypeError('argument should be a string or a Rational '
                                'instance')
            top, bottom = _parse_literal(numerator)
        elif type(numerator) is int and type(denominator) is int:
            top, bottom = numerator, denominator
        elif isinstance(numerator, _nums.Rational) and \
                isinstance(denominator, _nums.Rational):
            top = numerator.numerator * denominator.denominator
            bottom = denominator.numerator * numerator.denominator
        else:
            raise TypeError('both arguments should be Rational instances')
        if bottom == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % top)
        common = _m.gcd(top, bottom)
        if bottom < 0:
            common = -common
        obj._numerator = top // common
        obj._denominator = bottom // common
        return obj

    @classmethod
    def _raw(cls, top, bottom):
        """Build from an already-reduced pair with a positive bottom."""
        obj = object.__new__(cls)
        obj._numerator = top
        obj._denominator = bottom
        return obj

    @classmethod
    def from_float(cls, f):
        """Exact conversion of a float (or int) to a Fraction."""
        if isinstance(f, _nums.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls._raw(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Exact conversion of a Decimal (or int) to a Fraction."""
        if isinstance(dec, _nums.Integral):
            # An integer converts exactly; no need for the decimal module.
            return cls(int(dec))
        if not _is_decimal(dec):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r '
                            '(%s)' % (cls.__name__, dec, type(dec).__name__))
        return cls._raw(*dec.as_integer_ratio())

    def is_integer(self):
        """True when the denominator is 1."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """(numerator, denominator) with a positive denominator."""
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents h/k of self.
        h_prev, h_cur = 0, 1
        k_prev, k_cur = 1, 0
        num, den = self._numerator, self._denominator
        while True:
            term, rest = divmod(num, den)
            k_next = k_prev + term * k_cur
            if k_next > max_denominator:
                break
            h_prev, h_cur = h_cur, h_prev + term * h_cur
            k_prev, k_cur = k_cur, k_next
            num, den = den, rest
        # h_cur/k_cur is the last convergent that fits; also consider the
        # best semiconvergent below the limit.
        steps = (max_denominator - k_prev) // k_cur
        semi = Fraction(h_prev + steps * h_cur, k_prev + steps * k_cur)
        conv = Fraction(h_cur, k_cur)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    numerator = property(lambda self: self._numerator,
                         doc='Numerator in lowest terms.')
    denominator = property(lambda self: self._denominator,
                           doc='Denominator in lowest terms (positive).')

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator,
                               self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ----------------------------------------------------------- format

    def __format__(self, format_spec, /):
        if not format_spec:
            return str(self)
        spec = _SPEC.match(format_spec)
        if spec is None:
            raise ValueError('Invalid format specifier %r for object of type '
                             '%r' % (format_spec, type(self).__name__))
        if spec['align'] is not None and spec['zeropad'] is not None:
            raise ValueError('Invalid format specifier %r for object of type '
                             "%r; can't use explicit alignment when "
                             'zero-padding' % (format_spec,
                                               type(self).__name__))
        fill = spec['fill'] or ' '
        align = spec['align'] or '>'
        if spec['zeropad']:
            fill, align = '0', '='
        width = int(spec['width'] or 0)
        kind = spec['kind']
        prec = 6 if spec['prec'] is None else int(spec['prec'])
        alt = bool(spec['alt'])
        num, den = self._numerator, self._denominator
        negative = num < 0
        tail = ''
        if kind == '%':
            num *= 100
            tail = '%'
        strip = False

        if kind in 'fF%':
            mode, places = 'fixed', prec
        elif kind in 'eE':
            mode, places = 'sci', prec
        else:
            figures = prec or 1
            digits, exp = _sci_parts(num, den, figures)
            if -4 <= exp < figures:
                mode, places = 'fixed', figures - 1 - exp
            else:
                mode, places = 'sci', figures - 1
            strip = not alt

        if mode == 'fixed':
            body = str(_scaled_digits(num, den, places)).rjust(places + 1,
                                                                 '0')
            intpart, frac = body[:len(body) - places], body[len(body) - places:]
            suffix = ''
            iszero = body.strip('0') == ''
        else:
            digits, exp = _sci_parts(num, den, places + 1)
            body = str(digits).zfill(places + 1)
            intpart, frac = body[:1], body[1:]
            letter = 'E' if kind in 'EG' else 'e'
            suffix = '%s%+03d' % (letter, exp)
            iszero = digits == 0
        if strip:
            frac = frac.rstrip('0')
        point = '.' if frac or alt else ''
        suffix += tail
        if negative and iszero and spec['nozero']:
            negative = False
        sign = '-' if negative else ('' if spec['sign'] in ('', '-')
                                     else spec['sign'])

        group = spec['group']
        after = point + frac + suffix
        if spec['zeropad']:
            room = width - len(sign) - len(after)
            while len(_group_digits(intpart, group)) < room:
                intpart = '0' + intpart
        intpart = _group_digits(intpart, group)
        text = intpart + after
        gap = width - len(sign) - len(text)
        if gap <= 0:
            return sign + text
        if align == '<':
            return sign + text + fill * gap
        if align == '^':
            return fill * (gap // 2) + sign + text + fill * (gap - gap // 2)
        if align == '=':
            return sign + fill * gap + text
        return fill * gap + sign + text

    # ------------------------------------------------------- arithmetic

    def _binary(exact, fallback):
        """Forward/reverse method pair for an operator: `exact` combines
        two Fractions, other number kinds go through float or complex."""
        def forward(a, b):
            if isinstance(b, Fraction) or type(b) is int or \
                    isinstance(b, int):
                return exact(a, b)
            if isinstance(b, float):
                return fallback(float(a), b)
            if isinstance(b, complex):
                return fallback(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, _nums.Rational):
                return exact(Fraction(a), b)
            if isinstance(a, _nums.Real):
                return fallback(float(a), float(b))
            if isinstance(a, _nums.Complex):
                return fallback(complex(a), complex(b))
            return NotImplemented
        name = fallback.__name__
        forward.__name__ = '__%s__' % name
        reverse.__name__ = '__r%s__' % name
        return forward, reverse

    def _plus(a, b):
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        g = _m.gcd(da, db)
        if g == 1:
            return Fraction._raw(na * db + da * nb, da * db)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = _m.gcd(t, g)
        if g2 == 1:
            return Fraction._raw(t, s * db)
        return Fraction._raw(t // g2, s * (db // g2))

    def _minus(a, b):
        return Fraction._plus(a, Fraction._raw(-b.numerator, b.denominator))

    def _times(a, b):
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        g1 = _m.gcd(na, db)
        g2 = _m.gcd(nb, da)
        if g1 > 1:
            na //= g1
            db //= g1
        if g2 > 1:
            nb //= g2
            da //= g2
        return Fraction._raw(na * nb, db * da)

    def _divide(a, b):
        nb, db = b.numerator, b.denominator
        if nb == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % db)
        if nb < 0:
            nb, db = -nb, -db
        return Fraction._times(a, Fraction._raw(db, nb))

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        q, r = divmod(a.numerator * db, da * b.numerator)
        return q, Fraction(r, da * db)

    def _modulo(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __add__, __radd__ = _binary(_plus, _ops.add)
    __sub__, __rsub__ = _binary(_minus, _ops.sub)
    __mul__, __rmul__ = _binary(_times, _ops.mul)
    __truediv__, __rtruediv__ = _binary(_divide, _ops.truediv)
    __floordiv__, __rfloordiv__ = _binary(_floordiv, _ops.floordiv)
    __divmod__, __rdivmod__ = _binary(_divmod, divmod)
    __mod__, __rmod__ = _binary(_modulo, _ops.mod)
    del _binary

    def __pow__(a, b):
        """a ** b: exact for integral exponents, float otherwise."""
        if isinstance(b, _nums.Rational):
            if b.denominator != 1:
                return float(a) ** float(b)
            k = b.numerator
            n, d = a._numerator, a._denominator
            if k >= 0:
                return Fraction._raw(n ** k, d ** k)
            k = -k
            if n > 0:
                return Fraction._raw(d ** k, n ** k)
            if n == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (d ** k))
            return Fraction._raw((-d) ** k, (-n) ** k)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        """a ** b for a non-Fraction base a."""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, _nums.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(self):
        return Fraction._raw(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction._raw(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction._raw(abs(self._numerator), self._denominator)

    def __trunc__(self):
        q = abs(self._numerator) // self._denominator
        return -q if self._numerator < 0 else q

    __int__ = __trunc__

    def __floor__(self):
        return divmod(self._numerator, self._denominator)[0]

    def __ceil__(self):
        return -divmod(-self._numerator, self._denominator)[0]

    def __round__(self, ndigits=None):
        """Round half to even; an int without ndigits, else a Fraction."""
        if ndigits is None:
            return _round_div(self._numerator, self._denominator)
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(_round_div(self._numerator * scale,
                                       self._denominator), scale)
        return Fraction(_round_div(self._numerator,
                                   self._denominator * scale) * scale)

    def __float__(self):
        # int / int is correctly rounded, even for huge operands
        return self._numerator / self._denominator

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _HASH_MOD)
        except ValueError:
            result = _HASH_INF
        else:
            result = abs(self._numerator) * inverse % _HASH_MOD
        if self._numerator < 0:
            result = -result
        return -2 if result == -1 else result

    # ------------------------------------------------------ comparisons

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, _nums.Rational):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, _nums.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _m.isnan(b) or _m.isinf(b):
                return b == 0.0
            return a == a.from_float(b)
        return NotImplemented

    def _order(a, b, test):
        if isinstance(b, _nums.Rational):
            return test(a._numerator * b.denominator,
                        a._denominator * b.numerator)
        if isinstance(b, float):
            if _m.isnan(b) or _m.isinf(b):
                return test(0.0, b)
            return test(a, a.from_float(b))
        return NotImplemented

    __lt__ = lambda self, other: self._order(other, _ops.lt)
    __gt__ = lambda self, other: self._order(other, _ops.gt)
    __le__ = lambda self, other: self._order(other, _ops.le)
    __ge__ = lambda self, other: self._order(other, _ops.ge)

    def __bool__(self):
        return bool(self._numerator)

    # -------------------------------------------------- copy and pickle

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)


def _is_decimal(value):
    mod = _sys.modules.get('decimal')
    return mod is not None and isinstance(value, mod.Decimal)


def _parse_literal(text):
    found = _LITERAL.match(text)
    if found is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    if found['whole'] is not None:
        top = int(found['whole'])
        bottom = int(found['under'])
    else:
        ipart = found['ipart'] or ''
        fpart = found['fpart'] or ''
        top = int((ipart + fpart).replace('_', '') or '0')
        bottom = 10 ** len(fpart.replace('_', ''))
        if found['exp']:
            shift = int(found['exp'])
            if shift >= 0:
                top *= 10 ** shift
            else:
                bottom *= 10 ** -shift
    if found['sign'] == '-':
        top = -top
    return top, bottom


def _group_digits(digits, sep):
    if not sep:
        return digits
    pieces = []
    while len(digits) > 3:
        pieces.append(digits[-3:])
        digits = digits[:-3]
    pieces.append(digits)
    return sep.join(reversed(pieces))
