"""Pseudo-random numbers (Ferrython).

The generator is a Mersenne Twister (MT19937) written in Python; it is
seeded the same way CPython seeds it, so a given seed yields the same
stream of numbers.  The distribution helpers consume generator output in
the documented, observable order so that results match CPython.
"""

import math as _m
import os as _os
from collections.abc import Sequence as _SequenceABC
from operator import index as _as_index
from itertools import accumulate as _running_total
from bisect import bisect as _bisect_right

__all__ = [
    "Random",
    "SystemRandom",
    "betavariate",
    "binomialvariate",
    "choice",
    "choices",
    "expovariate",
    "gammavariate",
    "gauss",
    "getrandbits",
    "getstate",
    "lognormvariate",
    "normalvariate",
    "paretovariate",
    "randbytes",
    "randint",
    "random",
    "randrange",
    "sample",
    "seed",
    "setstate",
    "shuffle",
    "triangular",
    "uniform",
    "vonmisesvariate",
    "weibullvariate",
]

# Public constants (CPython exposes these names at module level).
NV_MAGICCONST = 4 * _m.exp(-0.5) / _m.sqrt(2.0)
TWOPI = 2.0 * _m.pi
LOG4 = _m.log(4.0)
SG_MAGICCONST = 1.0 + _m.log(4.5)
BPF = 53
RECIP_BPF = 2.0 ** -BPF

_WORDS = 624          # size of the twister's state, in 32-bit words
_SHIFT = 397
_LOW32 = 0xFFFFFFFF
_TWO53 = 9007199254740992.0


def _lgamma(x):
    """log(Gamma(x)) for x >= 1 (math.lgamma is not always present)."""
    native = getattr(_m, "lgamma", None)
    if native is not None:
        return native(x)
    if x == int(x) and x < 171:
        return _m.log(float(_m.factorial(int(x) - 1)))
    # Stirling's series; ample accuracy once x is large.
    inv = 1.0 / x
    inv2 = inv * inv
    tail = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680 - inv2 / 1188))))
    return (x - 0.5) * _m.log(x) - x + 0.5 * _m.log(TWOPI) + tail


# ---------------------------------------------------------------------------
# The raw MT19937 engine

def _regenerate(st):
    """Produce the next block of 624 untempered words in place."""
    upper = 0x80000000
    lower = 0x7FFFFFFF
    magic = 0x9908B0DF
    for pos in range(_WORDS):
        nxt = pos + 1
        if nxt == _WORDS:
            nxt = 0
        far = pos + _SHIFT
        if far >= _WORDS:
            far -= _WORDS
        mixed = (st[pos] & upper) | (st[nxt] & lower)
        val = st[far] ^ (mixed >> 1)
        if mixed & 1:
            val ^= magic
        st[pos] = val


def _linear_fill(first):
    st = [0] * _WORDS
    st[0] = first
    prev = first
    for pos in range(1, _WORDS):
        prev = (1812433253 * (prev ^ (prev >> 30)) + pos) & _LOW32
        st[pos] = prev
    return st


def _state_from_key(key):
    st = _linear_fill(19650218)
    klen = len(key)
    a = 1
    b = 0
    for _ in range(max(_WORDS, klen)):
        p = st[a - 1]
        st[a] = ((st[a] ^ ((p ^ (p >> 30)) * 1664525)) + key[b] + b) & _LOW32
        a += 1
        b += 1
        if a >= _WORDS:
            st[0] = st[_WORDS - 1]
            a = 1
        if b >= klen:
            b = 0
    for _ in range(_WORDS - 1):
        p = st[a - 1]
        st[a] = ((st[a] ^ ((p ^ (p >> 30)) * 1566083941)) - a) & _LOW32
        a += 1
        if a >= _WORDS:
            st[0] = st[_WORDS - 1]
            a = 1
    st[0] = 0x80000000
    return st


def _int_to_words(n):
    words = []
    while n:
        words.append(n & _LOW32)
        n >>= 32
    return words or [0]


def _legacy_str_seed(text):
    """Seed value used by seed(str_or_bytes, version=1)."""
    if isinstance(text, (bytes, bytearray)):
        text = text.decode("latin-1")
    acc = (ord(text[0]) << 7) if text else 0
    for ch in text:
        acc = ((acc * 1000003) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
    acc ^= len(text)
    return -2 if acc == -1 else acc


class _Twister(object):
    """State holder and primitive operations of the Mersenne Twister."""

    def _feed_seed(self, value):
        if value is None:
            value = int.from_bytes(_os.urandom(_WORDS * 4), "little")
        elif isinstance(value, int):
            value = -value if value < 0 else value
        else:
            value = hash(value)
            if value < 0:
                value += 1 << 64
        self._mt = _state_from_key(_int_to_words(value))
        self._pos = _WORDS

    def _word(self):
        pos = self._pos
        st = self._mt
        if pos >= _WORDS:
            _regenerate(st)
            pos = 0
        y = st[pos]
        self._pos = pos + 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        return y ^ (y >> 18)

    def random(self):
        """random() -> x in the interval [0, 1)."""
        hi = self._word() >> 5
        lo = self._word() >> 6
        return (hi * 67108864.0 + lo) / _TWO53

    def getrandbits(self, k, /):
        """An int made of k random bits."""
        k = _as_index(k)
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k <= 32:
            if k == 0:
                return 0
            return self._word() >> (32 - k)
        out = 0
        shift = 0
        left = k
        while left > 0:
            w = self._word()
            if left < 32:
                w >>= 32 - left
            out |= w << shift
            shift += 32
            left -= 32
        return out

    def _raw_state(self):
        return tuple(self._mt) + (self._pos,)

    def _load_raw_state(self, vec):
        if not isinstance(vec, tuple):
            raise TypeError("state vector must be a tuple")
        if len(vec) != _WORDS + 1:
            raise ValueError("state vector is the wrong size")
        words = []
        for item in vec[:_WORDS]:
            if not isinstance(item, int):
                raise TypeError("an integer is required")
            if item < 0:
                raise OverflowError("can't convert negative value to unsigned int")
            words.append(item & _LOW32)
        where = vec[_WORDS]
        if not isinstance(where, int):
            raise TypeError("an integer is required")
        if where < 0 or where > _WORDS:
            raise ValueError("invalid state")
        self._mt = words
        self._pos = where


class Random(_Twister):
    """The generator behind the module-level functions.

    Subclass it and override random() (and optionally getrandbits()) to use
    another basic generator.
    """

    VERSION = 3

    def __init__(self, x=None):
        """Initialize an instance; x is the optional seed."""
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        """Pick the integer-drawing strategy from what the subclass overrides."""
        for klass in cls.__mro__:
            found = klass.__dict__
            if "_randbelow" in found:
                break
            if "getrandbits" in found:
                cls._randbelow = cls._below_by_bits
                break
            if "random" in found:
                cls._randbelow = cls._below_by_floats
                break

    def seed(self, a=None, version=2):
        """Initialize the internal state from a seed."""
        textual = isinstance(a, (bytes, bytearray, str))
        if textual and version == 1 and not isinstance(a, bytearray):
            a = _legacy_str_seed(a)
        elif textual and version == 2:
            raw = a.encode() if isinstance(a, str) else bytes(a)
            from hashlib import sha512 as _digester
            a = int.from_bytes(raw + _digester(raw).digest(), "big")
        elif a is not None and not isinstance(a, (int, float, str, bytes, bytearray)):
            raise TypeError("The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.")
        self._feed_seed(a)
        self.gauss_next = None

    def getstate(self):
        """The generator's state, for setstate()."""
        return (self.VERSION, self._raw_state(), self.gauss_next)

    def setstate(self, state):
        """Restore internal state from an object returned by getstate()."""
        ver = state[0]
        if ver == 3:
            ver, vec, spare = state
            self._load_raw_state(vec)
            self.gauss_next = spare
        elif ver == 2:
            ver, vec, spare = state
            try:
                vec = tuple(w % 4294967296 for w in vec)
            except ValueError as exc:
                raise TypeError from exc
            self._load_raw_state(vec)
            self.gauss_next = spare
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" % (ver, self.VERSION))

    # pickling / copying support
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return (type(self), (), self.getstate())

    # ---- integers -------------------------------------------------------

    def _below_by_bits(self, n):
        """Uniform int in [0, n) built from getrandbits()."""
        nbits = n.bit_length()
        pick = self.getrandbits
        v = pick(nbits)
        while v >= n:
            v = pick(nbits)
        return v

    def _below_by_floats(self, n, maxsize=1 << BPF):
        """Uniform int in [0, n) built from random() alone."""
        draw = self.random
        if n >= maxsize:
            import warnings as _w
            _w.warn("Underlying random() generator does not supply \n"
                    "enough bits to choose from a population range this large.\n"
                    "To remove the range limitation, add a getrandbits() method.")
            return _m.floor(draw() * n)
        if n == 0:
            raise ValueError("Boundary cannot be zero")
        cutoff = (maxsize - maxsize % n) / maxsize
        u = draw()
        while u >= cutoff:
            u = draw()
        return _m.floor(u * maxsize) % n

    _randbelow = _below_by_bits

    def randrange(self, start, stop=None, step=1):
        """Choose a random item from range(start, stop[, step])."""
        lo = _as_index(start)
        if stop is None:
            if step != 1 or type(step) is not int:
                raise TypeError("Missing a non-None stop argument")
            if lo > 0:
                return self._randbelow(lo)
            raise ValueError("empty range for randrange()")
        hi = _as_index(stop)
        span = hi - lo
        stride = _as_index(step)
        if stride == 1:
            if span > 0:
                return lo + self._randbelow(span)
            raise ValueError(f"empty range in randrange({start}, {stop})")
        if stride == 0:
            raise ValueError("zero step for randrange()")
        if stride > 0:
            count = (span + stride - 1) // stride
        else:
            count = (span + stride + 1) // stride
        if count <= 0:
            raise ValueError(f"empty range in randrange({start}, {stop}, {step})")
        return lo + stride * self._randbelow(count)

    def randint(self, a, b):
        """Return random integer in range [a, b], including both end points."""
        top = b + 1
        return self.randrange(a, top)

    def randbytes(self, n):
        """n random bytes."""
        bits = self.getrandbits(n * 8)
        return bits.to_bytes(n, "little")

    # ---- sequences ------------------------------------------------------

    def choice(self, seq):
        """One item of a non-empty sequence, chosen at random."""
        size = len(seq)
        if not size:
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Put the items of list x in random order, in place."""
        below = self._randbelow
        for top in range(len(x) - 1, 0, -1):
            other = below(top + 1)
            x[top], x[other] = x[other], x[top]

    def sample(self, population, k, *, counts=None):
        """Chooses k unique random elements from a population sequence."""
        if not isinstance(population, _SequenceABC):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            edges = list(_running_total(counts))
            if len(edges) != size:
                raise ValueError("The number of counts does not match the population")
            total = edges.pop()
            whole = isinstance(total, int)
            if not whole:
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            picks = self.sample(range(total), k=k)
            return [population[_bisect_right(edges, p)] for p in picks]
        below = self._randbelow
        if k < 0 or k > size:
            raise ValueError("Sample larger than population or is negative")
        # Small populations: partial Fisher-Yates on a copy.  Large ones:
        # draw indices and reject repeats.  The cut-over point decides which
        # numbers are consumed, so it follows CPython's rule.
        limit = 21
        if k > 5:
            limit += 4 ** _m.ceil(_m.log(k * 3, 4))
        picked = [None] * k
        if size <= limit:
            pool = list(population)
            for slot in range(k):
                j = below(size - slot)
                picked[slot] = pool[j]
                pool[j] = pool[size - slot - 1]
        else:
            taken = set()
            for slot in range(k):
                j = below(size)
                while j in taken:
                    j = below(size)
                taken.add(j)
                picked[slot] = population[j]
        return picked

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with replacement."""
        draw = self.random
        size = len(population)
        if cum_weights is None:
            if weights is None:
                fsize = size + 0.0
                return [population[_m.floor(draw() * fsize)] for _ in range(k)]
            try:
                cum_weights = list(_running_total(weights))
            except TypeError:
                if isinstance(weights, int):
                    raise TypeError("The number of choices must be a keyword "
                                    f"argument: k={weights!r}") from None
                raise
        else:
            if weights is not None:
                raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != size:
            raise ValueError("The number of weights does not match the population")
        total = 0.0 + cum_weights[-1]
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _m.isfinite(total):
            raise ValueError("Total of weights must be finite")
        last = size - 1
        return [population[_bisect_right(cum_weights, draw() * total, 0, last)]
                for _ in range(k)]

    # ---- real-valued distributions ---------------------------------------

    def uniform(self, a, b):
        """Get a random number in the range [a, b) or [a, b]."""
        width = b - a
        return a + width * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] with the given mode."""
        u = self.random()
        try:
            frac = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > frac:
            u = 1.0 - u
            frac = 1.0 - frac
            low, high = high, low
        return low + (high - low) * _m.sqrt(u * frac)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan ratio method)."""
        draw = self.random
        while True:
            a = draw()
            b = 1.0 - draw()
            z = NV_MAGICCONST * (a - 0.5) / b
            if z * z / 4.0 <= -_m.log(b):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller; values come in pairs)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _m.sqrt(-2.0 * _m.log(1.0 - self.random()))
            z = _m.cos(angle) * radius
            self.gauss_next = _m.sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return _m.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        """Exponential distribution with rate lambd."""
        return -_m.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution (mean angle mu, concentration kappa)."""
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        half = 0.5 / kappa
        rr = half + _m.sqrt(1.0 + half * half)
        while True:
            z = _m.cos(_m.pi * draw())
            d = z / (rr + z)
            u = draw()
            if u < 1.0 - d * d or u <= (1.0 - d) * _m.exp(d):
                break
        q = 1.0 / rr
        f = (q + z) / (1.0 + q * z)
        if draw() > 0.5:
            return (mu + _m.acos(f)) % TWOPI
        return (mu - _m.acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha and scale beta."""
        if beta <= 0.0 or alpha <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        draw = self.random
        if alpha > 1.0:
            # Cheng's rejection algorithm GB.
            ainv = _m.sqrt(2.0 * alpha - 1.0)
            bb = alpha - LOG4
            cc = alpha + ainv
            while True:
                u1 = draw()
                if not (1e-7 < u1 < 0.9999999):
                    continue
                u2 = 1.0 - draw()
                v = _m.log(u1 / (1.0 - u1)) / ainv
                x = alpha * _m.exp(v)
                z = u1 * u1 * u2
                r = bb + cc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _m.log(z):
                    return x * beta
        if alpha == 1.0:
            return -_m.log(1.0 - draw()) * beta
        # alpha < 1: algorithm GS of Ahrens and Dieter.
        while True:
            b = (_m.e + alpha) / _m.e
            p = b * draw()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_m.log((b - p) / alpha)
            u = draw()
            if p > 1.0:
                if u <= x ** (alpha - 1.0):
                    return x * beta
            elif u <= _m.exp(-x):
                return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution, from two gamma variates."""
        first = self.gammavariate(alpha, 1.0)
        if first:
            return first / (first + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution (scale alpha, shape beta)."""
        return alpha * (-_m.log(1.0 - self.random())) ** (1.0 / beta)

    def binomialvariate(self, n=1, p=0.5):
        """Binomial random variable: successes in n trials of probability p."""
        if n < 0:
            raise ValueError("n must be non-negative")
        if p <= 0.0 or p >= 1.0:
            if p == 0.0:
                return 0
            if p == 1.0:
                return n
            raise ValueError("p must be in the range 0.0 <= p <= 1.0")
        draw = self.random
        if n == 1:
            return _as_index(draw() < p)
        if p > 0.5:
            flipped = 1.0 - p
            return n - self.binomialvariate(n, flipped)
        if n * p < 10.0:
            # Count geometric gaps between successes.
            hits = 0
            trials = 0
            scale = _m.log2(1.0 - p)
            if not scale:
                return hits
            while True:
                trials += _m.floor(_m.log2(draw()) / scale) + 1
                if trials > n:
                    return hits
                hits += 1
        # Hormann's BTRS transformed-rejection sampler.
        spq = _m.sqrt(n * p * (1.0 - p))
        bcoef = 1.15 + 2.53 * spq
        acoef = -0.0873 + 0.0248 * bcoef + 0.01 * p
        centre = n * p + 0.5
        vr = 0.92 - 4.2 / bcoef
        ready = False
        while True:
            u = draw() - 0.5
            us = 0.5 - _m.fabs(u)
            k = _m.floor((2.0 * acoef / us + bcoef) * u + centre)
            if k < 0 or k > n:
                continue
            v = draw()
            if v <= vr and us >= 0.07:
                return k
            if not ready:
                alpha = (2.83 + 5.1 / bcoef) * spq
                lpq = _m.log(p / (1.0 - p))
                mode = _m.floor((n + 1) * p)
                h = _lgamma(mode + 1) + _lgamma(n - mode + 1)
                ready = True
            v *= alpha / (acoef / (us * us) + bcoef)
            if _m.log(v) <= h - _lgamma(k + 1) - _lgamma(n - k + 1) + (k - mode) * lpq:
                return k


class SystemRandom(Random):
    """Random numbers from os.urandom(); not reproducible, no state."""

    def random(self):
        """Get the next random number in the range [0.0, 1.0)."""
        return (int.from_bytes(_os.urandom(7), "big") >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """An int made of k random bits."""
        k = _as_index(k)
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        nbytes = (k + 7) // 8
        return int.from_bytes(_os.urandom(nbytes), "big") >> (nbytes * 8 - k)

    def randbytes(self, n):
        """n random bytes."""
        return _os.urandom(n)

    def seed(self, *args, **kwds):
        """Stub; the system source cannot be seeded."""
        return None

    def _stateless(self, *args, **kwds):
        raise NotImplementedError("System entropy source does not have state.")

    getstate = setstate = _stateless


# One hidden shared instance backs the module-level functions.
_inst = Random()
for _fn in __all__:
    if _fn[0].islower():
        globals()[_fn] = getattr(_inst, _fn)
del _fn

if hasattr(_os, "register_at_fork"):
    _reseed_child = _inst.seed
    _os.register_at_fork(after_in_child=_reseed_child)
