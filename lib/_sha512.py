"""Pure-Python SHA-512 and SHA-384 (FIPS 180-4), for when hashlib is absent."""

_MASK = (1 << 64) - 1


def _primes(count):
    found = []
    n = 2
    while len(found) < count:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
        n += 1
    return found


def _iroot(n, k):
    """Largest integer r with r**k <= n (Newton's method on integers)."""
    if n < 2:
        return n
    r = 1 << ((n.bit_length() + k - 1) // k)
    while True:
        s = ((k - 1) * r + n // r ** (k - 1)) // k
        if s >= r:
            break
        r = s
    while r ** k > n:
        r -= 1
    while (r + 1) ** k <= n:
        r += 1
    return r


def _frac_bits(n, k):
    """First 64 bits of the fractional part of the k-th root of n."""
    return _iroot(n << (64 * k), k) & _MASK


_PRIMES = _primes(80)
_K = tuple(_frac_bits(p, 3) for p in _PRIMES)
_IV512 = tuple(_frac_bits(p, 2) for p in _PRIMES[:8])
_IV384 = tuple(_frac_bits(p, 2) for p in _PRIMES[8:16])


def _rotr(x, n):
    return ((x >> n) | (x << (64 - n))) & _MASK


def _compress(state, block):
    w = _words(block)
    for t in range(16, 80):
        x = w[t - 15]
        s0 = _rotr(x, 1) ^ _rotr(x, 8) ^ (x >> 7)
        x = w[t - 2]
        s1 = _rotr(x, 19) ^ _rotr(x, 61) ^ (x >> 6)
        w.append((w[t - 16] + s0 + w[t - 7] + s1) & _MASK)
    a, b, c, d, e, f, g, h = state
    for t in range(80):
        big1 = _rotr(e, 14) ^ _rotr(e, 18) ^ _rotr(e, 41)
        choose = (e & f) ^ (~e & g)
        t1 = (h + big1 + choose + _K[t] + w[t]) & _MASK
        big0 = _rotr(a, 28) ^ _rotr(a, 34) ^ _rotr(a, 39)
        major = (a & b) ^ (a & c) ^ (b & c)
        t2 = (big0 + major) & _MASK
        h = g
        g = f
        f = e
        e = (d + t1) & _MASK
        d = c
        c = b
        b = a
        a = (t1 + t2) & _MASK
    return [(x + y) & _MASK for x, y in zip(state, (a, b, c, d, e, f, g, h))]


def _words(block):
    out = []
    for i in range(0, 128, 8):
        v = 0
        for byte in block[i:i + 8]:
            v = (v << 8) | byte
        out.append(v)
    return out


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    return bytes(data)


class sha512:
    """Incremental SHA-512 hash object (update, digest, hexdigest, copy)."""

    name = 'sha512'
    digest_size = 64
    block_size = 128
    _iv = _IV512

    def __init__(self, data=b'', *, usedforsecurity=True):
        self._state = list(self._iv)
        self._buffer = b''
        self._length = 0
        if data:
            self.update(data)

    def update(self, data):
        data = _as_bytes(data)
        self._length += len(data)
        buf = self._buffer + data
        full = len(buf) - len(buf) % 128
        for i in range(0, full, 128):
            self._state = _compress(self._state, buf[i:i + 128])
        self._buffer = buf[full:]

    def copy(self):
        other = type(self).__new__(type(self))
        other._state = list(self._state)
        other._buffer = self._buffer
        other._length = self._length
        return other

    def digest(self):
        bits = self._length * 8
        tail = self._buffer + b'\x80'
        tail += bytes((112 - len(tail)) % 128)
        tail += bits.to_bytes(16, 'big')
        state = self._state
        for i in range(0, len(tail), 128):
            state = _compress(state, tail[i:i + 128])
        out = []
        for v in state:
            out.extend(v.to_bytes(8, 'big'))
        return bytes(out[:self.digest_size])

    def hexdigest(self):
        return self.digest().hex()


class sha384(sha512):
    """Incremental SHA-384 hash object."""

    name = 'sha384'
    digest_size = 48
    _iv = _IV384
