"""Rational numbers with arbitrary precision: the Fraction class."""

import math
import numbers
import operator

__all__ = ["Fraction"]

# Parameters of the numeric hash (see "Hashing of numeric types" in the
# language reference): hashes are reduced modulo the Mersenne prime 2**61 - 1
# and a value whose denominator has no inverse hashes like infinity.
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _parse_digits(s, i, allow_empty):
    """Scan decimal digits (single underscores allowed between digits) at
    s[i:].  Return (digit_string, new_index) or None when malformed."""
    n = len(s)
    out = []
    while i < n:
        ch = s[i]
        if ch.isdecimal():
            out.append(ch)
            i += 1
        elif ch == "_" and out and i + 1 < n and s[i + 1].isdecimal() and s[i - 1] != "_":
            i += 1
        else:
            break
    if not out and not allow_empty:
        return None
    return "".join(out), i


def _parse_fraction_string(text):
    """Turn a string like ' -3/4 ', '1.5e-3' or '.25' into (num, den).
    Return None if the text is not a valid literal.  den may be 0."""
    s = text.strip()
    n = len(s)
    i = 0
    negative = False
    if i < n and s[i] in "+-":
        negative = s[i] == "-"
        i += 1
    # The body must begin with a digit, or with '.' followed by a digit.
    if i >= n:
        return None
    if not (s[i].isdecimal() or (s[i] == "." and i + 1 < n and s[i + 1].isdecimal())):
        return None
    r = _parse_digits(s, i, True)
    if r is None:
        return None
    int_digits, i = r
    num = int(int_digits) if int_digits else 0
    den = 1
    j = i
    while j < n and s[j].isspace():
        j += 1
    if j < n and s[j] == "/":
        if not int_digits:
            return None
        j += 1
        while j < n and s[j].isspace():
            j += 1
        r = _parse_digits(s, j, False)
        if r is None:
            return None
        den_digits, j = r
        if j != n:
            return None
        den = int(den_digits)
    else:
        if i < n and s[i] == ".":
            r = _parse_digits(s, i + 1, True)
            if r is None:
                return None
            frac_digits, i = r
            if frac_digits:
                scale = 10 ** len(frac_digits)
                num = num * scale + int(frac_digits)
                den = scale
        if i < n and s[i] in "eE":
            i += 1
            exp_negative = False
            if i < n and s[i] in "+-":
                exp_negative = s[i] == "-"
                i += 1
            r = _parse_digits(s, i, False)
            if r is None:
                return None
            exp_digits, i = r
            exp = int(exp_digits)
            if exp_negative:
                den *= 10 ** exp
            else:
                num *= 10 ** exp
        if i != n:
            return None
    if negative:
        num = -num
    return num, den


def _round_half_even(n, d):
    """Round the rational n/d (d > 0) to the nearest integer, ties to even."""
    q, r = divmod(n, d)
    twice = 2 * r
    if twice > d or (twice == d and q % 2 == 1):
        q += 1
    return q


def _group(digits, sep):
    """Insert sep between groups of three digits, counting from the right."""
    if not sep:
        return digits
    parts = []
    while len(digits) > 3:
        parts.append(digits[-3:])
        digits = digits[:-3]
    parts.append(digits)
    return sep.join(reversed(parts))


def _parse_format_spec(spec):
    """Split a float-style format spec into its fields; None if invalid."""
    fields = {
        "fill": " ", "align": None, "sign": "-", "z": False, "alt": False,
        "zeropad": False, "width": 0, "sep": "", "precision": None, "type": None,
    }
    n = len(spec)
    i = 0
    if n >= 2 and spec[1] in "<>=^":
        fields["fill"] = spec[0]
        fields["align"] = spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        fields["align"] = spec[0]
        i = 1
    if i < n and spec[i] in "+- ":
        fields["sign"] = spec[i]
        i += 1
    if i < n and spec[i] == "z":
        fields["z"] = True
        i += 1
    if i < n and spec[i] == "#":
        fields["alt"] = True
        i += 1
    if i + 1 < n and spec[i] == "0" and spec[i + 1].isdigit():
        fields["zeropad"] = True
        i += 1
    start = i
    while i < n and spec[i] in "0123456789":
        i += 1
    if i > start:
        fields["width"] = int(spec[start:i])
    if i < n and spec[i] in ",_":
        fields["sep"] = spec[i]
        i += 1
    if i < n and spec[i] == ".":
        i += 1
        start = i
        while i < n and spec[i] in "0123456789":
            i += 1
        if i == start:
            return None
        fields["precision"] = int(spec[start:i])
    if i + 1 != n or spec[i] not in "eEfFgG%":
        return None
    fields["type"] = spec[i]
    return fields


class Fraction(numbers.Rational):
    """An exact rational number numerator/denominator, always kept in
    lowest terms with a positive denominator.

    Fraction(3, 4), Fraction('3/4'), Fraction('0.75'), Fraction(0.75) and
    Fraction(Fraction(3, 4)) are all equal.
    """

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        """Build a Fraction from a Rational, a float, a string, or a
        numerator/denominator pair of Rationals."""
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse_fraction_string(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
                if denominator == 1:
                    self._numerator = numerator
                    self._denominator = 1
                    return self
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator,
            )
        else:
            raise TypeError("both arguments should be Rational instances")

        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        """Convert a float (or an Integral) to an equal Fraction."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Convert a decimal.Decimal (or an Integral) to an equal Fraction."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if not _is_decimal(dec):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls._from_coprime_ints(*dec.as_integer_ratio())

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator):
        """Build directly from a numerator and a positive denominator that
        are known to be coprime; no checks are made."""
        obj = super(Fraction, cls).__new__(cls)
        obj._numerator = numerator
        obj._denominator = denominator
        return obj

    def is_integer(self):
        """True if the value is a whole number."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """The pair (numerator, denominator)."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction expansion, keeping the last two
        # convergents h0/k0 and h1/k1, until the next denominator is too big.
        h0, k0, h1, k1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            k2 = k0 + a * k1
            if k2 > max_denominator:
                break
            h0, k0, h1, k1 = h1, k1, h0 + a * h1, k2
            n, d = d, n - a * d
        # The best approximation is either the last convergent or the
        # largest admissible semiconvergent.
        m = (max_denominator - k0) // k1
        semi = Fraction._from_coprime_ints(h0 + m * h1, k0 + m * k1)
        conv = Fraction._from_coprime_ints(h1, k1)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        """repr(self)"""
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    def __format__(self, format_spec, /):
        """Format with a float-style spec (types e, E, f, F, g, G, %)."""
        if not format_spec:
            return str(self)
        spec = _parse_format_spec(format_spec)
        if spec is None:
            raise ValueError("Invalid format specifier %r for object of type %r"
                             % (format_spec, type(self).__name__))
        if spec["zeropad"] and spec["align"] is not None:
            raise ValueError("Invalid format specifier %r for object of type %r; "
                             "can't use explicit alignment when zero-padding"
                             % (format_spec, type(self).__name__))
        fill = spec["fill"]
        align = spec["align"] or ">"
        if spec["zeropad"]:
            fill, align = "0", "="
        kind = spec["type"]
        alt = spec["alt"]
        precision = 6 if spec["precision"] is None else spec["precision"]

        negative = self._numerator < 0
        n = abs(self._numerator)
        d = self._denominator
        suffix = ""
        if kind == "%":
            n *= 100
            suffix = "%"

        if kind in "fF%":
            digits = str(_round_half_even(n * 10 ** precision, d))
            exponent_part = ""
            frac_len = precision
            strip = False
        else:
            if kind in "gG":
                sig = precision if precision > 0 else 1
                places = sig - 1
            else:
                places = precision
            # Find the decimal exponent of the value after rounding to
            # places + 1 significant digits.
            if n == 0:
                exp10 = 0
                mant = 0
            else:
                exp10 = len(str(n)) - len(str(d))
                if (n * 10 ** -exp10 if exp10 < 0 else n) < (d * 10 ** exp10 if exp10 >= 0 else d):
                    exp10 -= 1
                shift = places - exp10
                if shift >= 0:
                    mant = _round_half_even(n * 10 ** shift, d)
                else:
                    mant = _round_half_even(n, d * 10 ** -shift)
                if mant >= 10 ** (places + 1):
                    mant //= 10
                    exp10 += 1
            if kind in "gG" and -4 <= exp10 < sig:
                frac_len = sig - 1 - exp10
                digits = str(_round_half_even(n * 10 ** frac_len, d))
                exponent_part = ""
            else:
                frac_len = places
                digits = str(mant).rjust(places + 1, "0")
                echar = "e" if kind in "eg" else "E"
                exponent_part = "%s%s%02d" % (echar, "-" if exp10 < 0 else "+", abs(exp10))
            strip = kind in "gG" and not alt

        if frac_len:
            digits = digits.rjust(frac_len + 1, "0")
            leading, frac = digits[:-frac_len], digits[-frac_len:]
        else:
            leading, frac = digits, ""
        if strip:
            frac = frac.rstrip("0")
        point = "." if (frac or alt) else ""

        if negative and spec["z"] and not any(c != "0" for c in leading + frac):
            negative = False
        if negative:
            sign = "-"
        elif spec["sign"] == "+":
            sign = "+"
        elif spec["sign"] == " ":
            sign = " "
        else:
            sign = ""

        trailing = point + frac + exponent_part + suffix
        width = spec["width"]
        sep = spec["sep"]
        if spec["zeropad"]:
            room = width - len(sign) - len(trailing)
            if sep:
                k = 1
                while k + (k - 1) // 3 < room:
                    k += 1
                leading = leading.zfill(k)
            else:
                leading = leading.zfill(room)
        leading = _group(leading, sep)

        body = leading + trailing
        pad = width - len(sign) - len(body)
        if pad <= 0:
            return sign + body
        if align == "<":
            return sign + body + fill * pad
        if align == "^":
            left = pad // 2
            return fill * left + sign + body + fill * (pad - left)
        if align == "=":
            return sign + fill * pad + body
        return fill * pad + sign + body

    # -- arithmetic ----------------------------------------------------

    def _make_ops(exact, fallback, name):
        """Build the forward and reflected methods for one binary operator:
        exact(a, b) works on two Fractions, fallback on floats/complexes."""

        def forward(a, b):
            if isinstance(b, Fraction):
                return exact(a, b)
            if isinstance(b, int):
                return exact(a, Fraction(b))
            if isinstance(b, float):
                return fallback(float(a), b)
            if isinstance(b, complex):
                return fallback(complex(float(a)), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return exact(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return fallback(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return fallback(complex(a), complex(float(b)))
            return NotImplemented

        forward.__name__ = "__" + name + "__"
        forward.__qualname__ = "Fraction." + forward.__name__
        reverse.__name__ = "__r" + name + "__"
        reverse.__qualname__ = "Fraction." + reverse.__name__
        return forward, reverse

    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    def _div(a, b):
        if b._numerator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % b._denominator)
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    def _divmod(a, b):
        q, r = divmod(a._numerator * b._denominator, a._denominator * b._numerator)
        return q, Fraction(r, a._denominator * b._denominator)

    def _mod(a, b):
        r = (a._numerator * b._denominator) % (b._numerator * a._denominator)
        return Fraction(r, a._denominator * b._denominator)

    __add__, __radd__ = _make_ops(_add, operator.add, "add")
    __sub__, __rsub__ = _make_ops(_sub, operator.sub, "sub")
    __mul__, __rmul__ = _make_ops(_mul, operator.mul, "mul")
    __truediv__, __rtruediv__ = _make_ops(_div, operator.truediv, "truediv")
    __floordiv__, __rfloordiv__ = _make_ops(_floordiv, operator.floordiv, "floordiv")
    __divmod__, __rdivmod__ = _make_ops(_divmod, divmod, "divmod")
    __mod__, __rmod__ = _make_ops(_mod, operator.mod, "mod")

    def __pow__(a, b):
        """a ** b; exact when b is an integer, otherwise a float/complex."""
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                num, den = a._numerator, a._denominator
                if power >= 0:
                    return Fraction._from_coprime_ints(num ** power, den ** power)
                if num == 0:
                    raise ZeroDivisionError("Fraction(%s, 0)" % (den ** -power,))
                if num > 0:
                    return Fraction._from_coprime_ints(den ** -power, num ** -power)
                return Fraction._from_coprime_ints((-den) ** -power, (-num) ** -power)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        """a ** b where b is a Fraction and a is not."""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a, as a plain Fraction."""
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        """int(a), truncating toward zero."""
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a._numerator // a._denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self) gives an int (ties to even); round(self, n) a Fraction."""
        if ndigits is None:
            return _round_half_even(self._numerator, self._denominator)
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        """hash(self), consistent with the hashes of equal ints and floats."""
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = (abs(self._numerator) % _HASH_MODULUS) * inverse % _HASH_MODULUS
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        """Compare with a Rational exactly, or with a float."""
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    # -- copying and pickling ------------------------------------------

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    del _make_ops


def _is_decimal(x):
    """True if x is a decimal.Decimal (without importing decimal eagerly)."""
    cls = type(x)
    for klass in cls.__mro__:
        if klass.__name__ == "Decimal" and klass.__module__ in ("decimal", "_decimal", "_pydecimal"):
            return True
    return False
