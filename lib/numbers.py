"""Abstract base classes for numbers (PEP 3141), clean-room implementation."""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """Root of the numeric tower; isinstance(x, Number) tests for any number."""
    __slots__ = ()

    # numbers are not hashable unless a concrete class says so
    __hash__ = None


class Complex(Number):
    """Numbers with real and imaginary parts supporting the complex operations."""

    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """Convert to the builtin complex type."""

    def __bool__(self):
        """True unless the value equals zero."""
        return not (self == 0)

    @property
    @abstractmethod
    def real(self):
        """The real component."""
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        """The imaginary component."""
        raise NotImplementedError

    @abstractmethod
    def __add__(self, other):
        """self + other"""
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, other):
        """other + self"""
        raise NotImplementedError

    @abstractmethod
    def __neg__(self):
        """-self"""
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        """+self"""
        raise NotImplementedError

    def __sub__(self, other):
        """self - other, via addition and negation."""
        return self + (-other)

    def __rsub__(self, other):
        """other - self, via addition and negation."""
        return other + (-self)

    @abstractmethod
    def __mul__(self, other):
        """self * other"""
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other):
        """other * self"""
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other):
        """self / other"""
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other):
        """other / self"""
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent):
        """self ** exponent"""
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base):
        """base ** self"""
        raise NotImplementedError

    @abstractmethod
    def __abs__(self):
        """The magnitude, a Real."""
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        """(x+y*i).conjugate() is x-y*i."""
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        """self == other"""
        raise NotImplementedError


Complex.register(complex)  # the builtin complex type


class Real(Complex):
    """Complex numbers without an imaginary part, with ordering and rounding."""

    __slots__ = ()

    @abstractmethod
    def __float__(self):
        """Convert to the builtin float type."""
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self):
        """Integral closest to self, rounding toward zero."""
        raise NotImplementedError

    @abstractmethod
    def __floor__(self):
        """Largest Integral <= self."""
        raise NotImplementedError

    @abstractmethod
    def __ceil__(self):
        """Smallest Integral >= self."""
        raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None):
        """Round to an Integral, or to *ndigits* decimal places."""
        raise NotImplementedError

    def __divmod__(self, other):
        """divmod(self, other) from // and %."""
        quotient = self // other
        return (quotient, self % other)

    def __rdivmod__(self, other):
        """divmod(other, self) from // and %."""
        quotient = other // self
        return (quotient, other % self)

    @abstractmethod
    def __floordiv__(self, other):
        """self // other"""
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other):
        """other // self"""
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, other):
        """self % other"""
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other):
        """other % self"""
        raise NotImplementedError

    @abstractmethod
    def __lt__(self, other):
        """self < other"""
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        """self <= other"""
        raise NotImplementedError

    # concrete parts of the Complex interface
    def __complex__(self):
        """complex(self) with a zero imaginary part."""
        as_float = float(self)
        return complex(as_float)

    @property
    def real(self):
        """A real number is its own real part."""
        return +self

    @property
    def imag(self):
        """A real number has no imaginary part."""
        return 0

    def conjugate(self):
        """A real number is its own conjugate."""
        return +self


Real.register(float)  # the builtin float type


class Rational(Real):
    """Reals expressible as numerator / denominator."""

    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        """The numerator in lowest terms."""
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        """The positive denominator in lowest terms."""
        raise NotImplementedError

    def __float__(self):
        """Integer division of numerator by denominator, as a float."""
        top = int(self.numerator)
        bottom = int(self.denominator)
        return top / bottom


class Integral(Rational):
    """Rationals with denominator 1, adding the bitwise operations."""

    __slots__ = ()

    @abstractmethod
    def __int__(self):
        """Convert to the builtin int type."""
        raise NotImplementedError

    def __index__(self):
        """Allow use as a sequence index."""
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        """self ** exponent, or pow(self, exponent, modulus)."""
        raise NotImplementedError

    @abstractmethod
    def __lshift__(self, other):
        """self << other"""
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other):
        """other << self"""
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other):
        """self >> other"""
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other):
        """other >> self"""
        raise NotImplementedError

    @abstractmethod
    def __and__(self, other):
        """self & other"""
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, other):
        """other & self"""
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, other):
        """self ^ other"""
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other):
        """other ^ self"""
        raise NotImplementedError

    @abstractmethod
    def __or__(self, other):
        """self | other"""
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, other):
        """other | self"""
        raise NotImplementedError

    @abstractmethod
    def __invert__(self):
        """~self"""
        raise NotImplementedError

    # concrete parts of the Rational interface
    def __float__(self):
        """float(int(self))"""
        return float(int(self))

    @property
    def numerator(self):
        """An integer is its own numerator."""
        return +self

    @property
    def denominator(self):
        """An integer's denominator is always 1."""
        return 1


Integral.register(int)  # the builtin int (and so bool)
