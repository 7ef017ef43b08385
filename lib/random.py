"""Pseudo-random numbers.

The core generator is the Mersenne Twister (MT19937), written here in pure
Python so that, for a given seed, it produces exactly the same numbers as
CPython's random module.  On top of it sit the integer helpers (randrange,
randint, getrandbits, randbytes), the sequence helpers (choice, choices,
shuffle, sample) and the real-valued distributions.  The module-level
functions are bound methods of one hidden, randomly seeded Random instance.
"""

from math import (log as _log, exp as _exp, pi as _pi, e as _e,
                  ceil as _ceil, sqrt as _sqrt, acos as _acos, cos as _cos,
                  sin as _sin, floor as _floor, isfinite as _isfinite,
                  log2 as _log2, fabs as _fabs)
from operator import index as _index
from itertools import accumulate as _accumulate, repeat as _repeat
from bisect import bisect as _bisect
from collections.abc import Sequence as _Sequence
import os as _os

try:
    from math import lgamma as _lgamma
except ImportError:
    def _lgamma(x):
        """log(|Gamma(x)|) for x > 0, via a shifted Stirling series."""
        x = float(x)
        if x <= 0.0:
            raise ValueError('math domain error')
        shift = 0.0
        while x < 12.0:
            shift += _log(x)
            x += 1.0
        inv = 1.0 / x
        inv2 = inv * inv
        series = inv * (1.0 / 12.0 - inv2 * (1.0 / 360.0 - inv2 * (
            1.0 / 1260.0 - inv2 * (1.0 / 1680.0 - inv2 / 1188.0))))
        return ((x - 0.5) * _log(x) - x + 0.9189385332046727
                + series - shift)

try:
    from hashlib import sha512 as _sha512
except ImportError:
    from _sha512 import sha512 as _sha512

__all__ = [
    'Random', 'SystemRandom', 'betavariate', 'binomialvariate', 'choice',
    'choices', 'expovariate', 'gammavariate', 'gauss', 'getrandbits',
    'getstate', 'lognormvariate', 'normalvariate', 'paretovariate',
    'randbytes', 'randint', 'random', 'randrange', 'sample', 'seed',
    'setstate', 'shuffle', 'triangular', 'uniform', 'vonmisesvariate',
    'weibullvariate',
]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

# MT19937 parameters.
_N = 624
_M = 397
_MATRIX_A = 0x9908B0DF
_UPPER = 0x80000000
_LOWER = 0x7FFFFFFF
_MASK32 = 0xFFFFFFFF


def _int_from_bytes(data):
    """Big-endian unsigned integer from a bytes-like object."""
    text = bytes(data).hex()
    return int(text, 16) if text else 0


def _urandom(n):
    """n bytes from the operating system's entropy source."""
    getter = getattr(_os, 'urandom', None)
    if getter is not None:
        return getter(n)
    try:
        with open('/dev/urandom', 'rb') as f:
            data = f.read(n)
    except Exception:
        raise NotImplementedError('no entropy source available') from None
    if len(data) != n:
        raise NotImplementedError('no entropy source available')
    return data


def _fallback_entropy():
    """Seed words gathered from clocks and addresses when no urandom."""
    import time
    words = []
    for value in (int(time.time() * 1e9), int(time.perf_counter() * 1e9),
                  id(object()), id(words)):
        value &= (1 << 64) - 1
        words.append(value & _MASK32)
        words.append(value >> 32)
    return words


class Random:
    """Mersenne Twister random number generator; subclass it and override
    random() (and optionally getrandbits()) to use another core generator."""

    VERSION = 3

    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        # Give every instance a usable state even if a subclass's __init__
        # never calls Random.__init__.
        self._mt = [0] * _N
        self._init_genrand(5489)
        self.gauss_next = None
        return self

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # Pick the _randbelow flavour matching the core methods the
        # subclass provides (nearest definition in the MRO wins).
        for klass in cls.__mro__:
            if '_randbelow' in klass.__dict__:
                break
            if 'getrandbits' in klass.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in klass.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    # ---- core MT19937 -------------------------------------------------

    def _init_genrand(self, s):
        mt = self._mt
        mt[0] = s & _MASK32
        prev = mt[0]
        for i in range(1, _N):
            prev = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK32
            mt[i] = prev
        self._mti = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        i = 1
        j = 0
        length = len(key)
        for _ in range(max(_N, length)):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525))
                     + key[j] + j) & _MASK32
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= length:
                j = 0
        for _ in range(_N - 1):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941))
                     - i) & _MASK32
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = 0x80000000
        self._mti = _N

    def _twist(self):
        mt = self._mt
        for kk in range(_N):
            y = (mt[kk] & _UPPER) | (mt[(kk + 1) % _N] & _LOWER)
            value = mt[(kk + _M) % _N] ^ (y >> 1)
            if y & 1:
                value ^= _MATRIX_A
            mt[kk] = value
        self._mti = 0

    def _genrand32(self):
        if self._mti >= _N:
            self._twist()
        y = self._mt[self._mti]
        self._mti += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        return y ^ (y >> 18)

    def _seed_from_int(self, n):
        key = []
        while n:
            key.append(n & _MASK32)
            n >>= 32
        if not key:
            key.append(0)
        self._init_by_array(key)

    def _seed_core(self, a):
        if a is None:
            try:
                data = _urandom(_N * 4)
            except NotImplementedError:
                self._init_by_array(_fallback_entropy())
                return
            key = []
            for i in range(0, len(data), 4):
                chunk = data[i:i + 4]
                key.append(chunk[0] | (chunk[1] << 8) | (chunk[2] << 16)
                           | (chunk[3] << 24))
            self._init_by_array(key)
        elif isinstance(a, int):
            self._seed_from_int(abs(int(a)))
        else:
            self._seed_from_int(hash(a) & 0xFFFFFFFFFFFFFFFF)

    def seed(self, a=None, version=2):
        """Initialise the generator from a, which may be None (fresh entropy),
        an int, a float, or str/bytes/bytearray (hashed with SHA-512)."""
        if version == 1 and isinstance(a, (str, bytes)):
            # Bytes count as their Latin-1 decoding: code points = bytes.
            codes = list(a) if isinstance(a, bytes) else [ord(c) for c in a]
            x = codes[0] << 7 if codes else 0
            for code in codes:
                x = ((1000003 * x) ^ code) & 0xFFFFFFFFFFFFFFFF
            x ^= len(codes)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            if isinstance(a, str):
                a = a.encode()
            data = bytes(a)
            a = _int_from_bytes(data + _sha512(data).digest())
        elif not isinstance(a, (type(None), int, float, str, bytes,
                                bytearray)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        self._seed_core(a)
        self.gauss_next = None

    def random(self):
        """Next float in the half-open interval [0.0, 1.0)."""
        a = self._genrand32() >> 5
        b = self._genrand32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k, /):
        """Non-negative int with k random bits."""
        k = _index(k)
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        if k == 0:
            return 0
        if k <= 32:
            return self._genrand32() >> (32 - k)
        words = []
        while k > 0:
            r = self._genrand32()
            if k < 32:
                r >>= 32 - k
            words.append(r)
            k -= 32
        words.reverse()
        return int(''.join(['%08x' % w for w in words]), 16)

    def getstate(self):
        """Snapshot of the generator's state, for setstate()."""
        return (self.VERSION, tuple(self._mt) + (self._mti,),
                self.gauss_next)

    def _set_internal_state(self, state):
        if not isinstance(state, tuple):
            raise TypeError('state vector must be a tuple')
        if len(state) != _N + 1:
            raise ValueError('state vector is the wrong size')
        words = []
        for item in state[:_N]:
            if not isinstance(item, int):
                raise TypeError('an integer is required')
            if item < 0:
                raise OverflowError(
                    "can't convert negative value to unsigned int")
            if item > 0xFFFFFFFFFFFFFFFF:
                raise OverflowError(
                    'Python int too large to convert to C unsigned long')
            words.append(item & _MASK32)
        index = _index(state[_N])
        if index < 0 or index > _N:
            raise ValueError('invalid state')
        self._mt = words
        self._mti = index

    def setstate(self, state):
        """Restore a state previously returned by getstate()."""
        version = state[0]
        if version == 3:
            version, internal, self.gauss_next = state
            self._set_internal_state(internal)
        elif version == 2:
            version, internal, self.gauss_next = state
            try:
                internal = tuple(x % (2 ** 32) for x in internal)
            except ValueError as exc:
                raise TypeError from exc
            self._set_internal_state(internal)
        else:
            raise ValueError('state with version %s passed to '
                             'Random.setstate() of version %s'
                             % (version, self.VERSION))

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # ---- integers -----------------------------------------------------

    def _randbelow_with_getrandbits(self, n):
        """Uniform int in [0, n), by rejection sampling on getrandbits."""
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """Uniform int in [0, n) built only from random()."""
        random = self.random
        if n >= maxsize:
            _warn('Underlying random() generator does not supply \n'
                  'enough bits to choose from a population range this '
                  'large.\nTo remove the range limitation, add a '
                  'getrandbits() method.')
            return _floor(random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randrange(self, start, stop=None, step=1):
        """Random item from range(start, stop[, step])."""
        istart = _index(start)
        if stop is None:
            if step != 1:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError('empty range for randrange()')
        istop = _index(stop)
        width = istop - istart
        istep = _index(step)
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError(f'empty range in randrange({start}, {stop})')
        if istep > 0:
            count = (width + istep - 1) // istep
        elif istep < 0:
            count = (width + istep + 1) // istep
        else:
            raise ValueError('zero step for randrange()')
        if count <= 0:
            raise ValueError(
                f'empty range in randrange({start}, {stop}, {step})')
        return istart + istep * self._randbelow(count)

    def randint(self, a, b):
        """Random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    # ---- sequences ----------------------------------------------------

    def choice(self, seq):
        """One random element of a non-empty sequence."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle the mutable sequence x in place."""
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct elements chosen from population (a sequence); counts
        gives the number of repetitions of each element."""
        if not isinstance(population, _Sequence):
            raise TypeError('Population must be a sequence.  '
                            'For dicts or sets, use sorted(d).')
        n = len(population)
        if counts is not None:
            cumulative = list(_accumulate(counts))
            if len(cumulative) != n:
                raise ValueError(
                    'The number of counts does not match the population')
            total = cumulative.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            return [population[_bisect(cumulative, s)] for s in picks]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError('Sample larger than population or is negative')
        result = [None] * k
        # Choose between a partial Fisher-Yates on a copy of the population
        # and rejection against a set of chosen indices, by estimated size.
        threshold = 21
        if k > 5:
            threshold += 4 ** _ceil(_log(k * 3, 4))
        if n <= threshold:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            taken = set()
            for i in range(k):
                j = randbelow(n)
                while j in taken:
                    j = randbelow(n)
                taken.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements chosen with replacement, optionally weighted."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)]
                        for _ in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError('The number of choices must be a keyword '
                                f'argument: k={k!r}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative '
                            'weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the '
                             'population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect(cum_weights, random() * total, 0, hi)]
                for _ in _repeat(None, k)]

    # ---- real-valued distributions ------------------------------------

    def uniform(self, a, b):
        """Random float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman-Monahan ratio of uniforms)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution (Box-Muller; values are made in pairs)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log-normal distribution."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        """Exponential distribution with rate lambd."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises (circular normal) distribution, result in [0, 2*pi)."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            z = _cos(_pi * random())
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if random() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha and scale beta."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            # Cheng's rejection algorithm.
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - random()) * beta
        # 0 < alpha < 1: Ahrens-Dieter algorithm GS.
        while True:
            u = random()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution, built from two gamma variates."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)

    def binomialvariate(self, n=1, p=0.5):
        """Number of successes in n independent trials of probability p."""
        if n < 0:
            raise ValueError('n must be non-negative')
        if p <= 0.0 or p >= 1.0:
            if p == 0.0:
                return 0
            if p == 1.0:
                return n
            raise ValueError('p must be in the range 0.0 <= p <= 1.0')
        random = self.random
        if n == 1:
            return _index(random() < p)
        if p > 0.5:
            return n - self.binomialvariate(n, 1.0 - p)
        if n * p < 10.0:
            # Count successes by jumping over geometric runs of failures.
            successes = trials = 0
            c = _log2(1.0 - p)
            if not c:
                return successes
            while True:
                trials += _floor(_log2(random()) / c) + 1
                if trials > n:
                    return successes
                successes += 1
        # Hormann's BTRS transformed rejection with squeeze.
        spq = _sqrt(n * p * (1.0 - p))
        b = 1.15 + 2.53 * spq
        a = -0.0873 + 0.0248 * b + 0.01 * p
        c = n * p + 0.5
        vr = 0.92 - 4.2 / b
        prepared = False
        while True:
            u = random() - 0.5
            us = 0.5 - _fabs(u)
            k = _floor((2.0 * a / us + b) * u + c)
            if k < 0 or k > n:
                continue
            v = random()
            if us >= 0.07 and v <= vr:
                return k
            if not prepared:
                alpha = (2.83 + 5.1 / b) * spq
                lpq = _log(p / (1.0 - p))
                m = _floor((n + 1) * p)
                h = _lgamma(m + 1) + _lgamma(n - m + 1)
                prepared = True
            v *= alpha / (a / (us * us) + b)
            if _log(v) <= h - _lgamma(k + 1) - _lgamma(n - k + 1) \
                    + (k - m) * lpq:
                return k


def _warn(message):
    try:
        from warnings import warn
    except ImportError:
        import sys
        sys.stderr.write('UserWarning: ' + message + '\n')
    else:
        warn(message, stacklevel=2)


class SystemRandom(Random):
    """Random numbers from the operating system's entropy source; it has no
    state, so seed() is ignored and getstate()/setstate() raise."""

    def random(self):
        """Next float in [0.0, 1.0) from os.urandom()."""
        return (_int_from_bytes(_urandom(7)) >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """Non-negative int with k random bits from os.urandom()."""
        k = _index(k)
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        numbytes = (k + 7) // 8
        x = _int_from_bytes(_urandom(numbytes))
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        """n random bytes from os.urandom()."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Does nothing: the entropy source cannot be seeded."""
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
binomialvariate = _inst.binomialvariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
