"""Secure hashes and message digests (pure Python, for Ferrython).

MD5, SHA-1, the SHA-2 family, SHA-3/SHAKE and BLAKE2 are implemented here in
Python; SHA-512's compression function comes from the `_sha512` module.
"""

# CPython implements this module in C: its frames stay out of tracebacks and profiles.
__native_module__ = True

import _sha512
from operator import index as _index

__all__ = (
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512",
    "blake2b", "blake2s", "sha3_224", "sha3_256", "sha3_384", "sha3_512",
    "shake_128", "shake_256", "new", "algorithms_guaranteed",
    "algorithms_available", "file_digest", "pbkdf2_hmac",
)

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


class UnsupportedDigestmodError(ValueError):
    pass


def _check_data(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    raise TypeError("object supporting the buffer API required")


# --------------------------------------------------------------------- MD5

_MD5_K = (
    0xD76AA478, 0xE8C7B756, 0x242070DB, 0xC1BDCEEE, 0xF57C0FAF, 0x4787C62A, 0xA8304613, 0xFD469501,
    0x698098D8, 0x8B44F7AF, 0xFFFF5BB1, 0x895CD7BE, 0x6B901122, 0xFD987193, 0xA679438E, 0x49B40821,
    0xF61E2562, 0xC040B340, 0x265E5A51, 0xE9B6C7AA, 0xD62F105D, 0x02441453, 0xD8A1E681, 0xE7D3FBC8,
    0x21E1CDE6, 0xC33707D6, 0xF4D50D87, 0x455A14ED, 0xA9E3E905, 0xFCEFA3F8, 0x676F02D9, 0x8D2A4C8A,
    0xFFFA3942, 0x8771F681, 0x6D9D6122, 0xFDE5380C, 0xA4BEEA44, 0x4BDECFA9, 0xF6BB4B60, 0xBEBFBC70,
    0x289B7EC6, 0xEAA127FA, 0xD4EF3085, 0x04881D05, 0xD9D4D039, 0xE6DB99E5, 0x1FA27CF8, 0xC4AC5665,
    0xF4292244, 0x432AFF97, 0xAB9423A7, 0xFC93A039, 0x655B59C3, 0x8F0CCC92, 0xFFEFF47D, 0x85845DD1,
    0x6FA87E4F, 0xFE2CE6E0, 0xA3014314, 0x4E0811A1, 0xF7537E82, 0xBD3AF235, 0x2AD7D2BB, 0xEB86D391,
)
_MD5_S = (7, 12, 17, 22) * 4 + (5, 9, 14, 20) * 4 + (4, 11, 16, 23) * 4 + (6, 10, 15, 21) * 4
_MD5_G = tuple(
    [i for i in range(16)]
    + [(5 * i + 1) % 16 for i in range(16)]
    + [(3 * i + 5) % 16 for i in range(16)]
    + [(7 * i) % 16 for i in range(16)]
)
_MD5_STEPS = tuple(zip(range(64), _MD5_K, _MD5_S, _MD5_G))


def _md5_compress(state, block):
    x = [int.from_bytes(block[i:i + 4], "little") for i in range(0, 64, 4)]
    a, b, c, d = state
    for i, k, s, g in _MD5_STEPS:
        if i < 16:
            f = (b & c) | (~b & d)
        elif i < 32:
            f = (b & d) | (c & ~d)
        elif i < 48:
            f = b ^ c ^ d
        else:
            f = c ^ (b | (~d & _M32))
        t = (a + (f & _M32) + k + x[g]) & _M32
        a = d
        d = c
        c = b
        b = (b + (((t << s) | (t >> (32 - s))) & _M32)) & _M32
    return [(state[0] + a) & _M32, (state[1] + b) & _M32,
            (state[2] + c) & _M32, (state[3] + d) & _M32]


# -------------------------------------------------------------------- SHA-1

def _sha1_compress(state, block):
    w = [int.from_bytes(block[i:i + 4], "big") for i in range(0, 64, 4)]
    for t in range(16, 80):
        v = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16]
        w.append(((v << 1) | (v >> 31)) & _M32)
    a, b, c, d, e = state
    for t in range(80):
        if t < 20:
            f = (b & c) | (~b & d)
            k = 0x5A827999
        elif t < 40:
            f = b ^ c ^ d
            k = 0x6ED9EBA1
        elif t < 60:
            f = (b & c) | (b & d) | (c & d)
            k = 0x8F1BBCDC
        else:
            f = b ^ c ^ d
            k = 0xCA62C1D6
        tmp = ((((a << 5) | (a >> 27)) & _M32) + (f & _M32) + e + k + w[t]) & _M32
        e = d
        d = c
        c = ((b << 30) | (b >> 2)) & _M32
        b = a
        a = tmp
    return [(x + y) & _M32 for x, y in zip(state, (a, b, c, d, e))]


# ------------------------------------------------------------------ SHA-256

_SHA256_K = tuple(k >> 32 for k in _sha512._K[:64])
_IV256 = tuple(v >> 32 for v in _sha512._IV512)
_IV224 = tuple(v & _M32 for v in _sha512._IV384)


def _sha256_compress(state, block):
    w = [int.from_bytes(block[i:i + 4], "big") for i in range(0, 64, 4)]
    for t in range(16, 64):
        x = w[t - 15]
        s0 = ((x >> 7) | (x << 25)) ^ ((x >> 18) | (x << 14)) ^ (x >> 3)
        x = w[t - 2]
        s1 = ((x >> 17) | (x << 15)) ^ ((x >> 19) | (x << 13)) ^ (x >> 10)
        w.append((w[t - 16] + s0 + w[t - 7] + s1) & _M32)
    a, b, c, d, e, f, g, h = state
    for k, wt in zip(_SHA256_K, w):
        s1 = (((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21)) ^ ((e >> 25) | (e << 7))) & _M32
        ch = (e & f) ^ (~e & g)
        t1 = h + s1 + ch + k + wt
        s0 = (((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19)) ^ ((a >> 22) | (a << 10))) & _M32
        maj = (a & b) ^ (a & c) ^ (b & c)
        h = g
        g = f
        f = e
        e = (d + t1) & _M32
        d = c
        c = b
        b = a
        a = (t1 + s0 + maj) & _M32
    return [(x + y) & _M32 for x, y in zip(state, (a, b, c, d, e, f, g, h))]


# ------------------------------------------------------ Merkle-Damgard hashes

class _MDAlgo:
    """Description of a Merkle-Damgard hash: IV, compression, serialisation."""

    def __init__(self, name, digest_size, block_size, iv, compress, order, wordsize, lenbytes):
        self.name = name
        self.digest_size = digest_size
        self.block_size = block_size
        self.iv = iv
        self.compress = compress
        self.order = order
        self.wordsize = wordsize
        self.lenbytes = lenbytes


def _sha512_t_iv(t):
    iv = tuple(v ^ 0xA5A5A5A5A5A5A5A5 for v in _sha512._IV512)
    msg = ("SHA-512/%d" % t).encode("ascii")
    block = msg + b"\x80" + bytes(128 - 16 - len(msg) - 1) + (len(msg) * 8).to_bytes(16, "big")
    return tuple(_sha512._compress(list(iv), block))


_ALGOS = {
    "md5": _MDAlgo("md5", 16, 64, (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476),
                   _md5_compress, "little", 4, 8),
    "sha1": _MDAlgo("sha1", 20, 64, (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0),
                    _sha1_compress, "big", 4, 8),
    "sha224": _MDAlgo("sha224", 28, 64, _IV224, _sha256_compress, "big", 4, 8),
    "sha256": _MDAlgo("sha256", 32, 64, _IV256, _sha256_compress, "big", 4, 8),
    "sha384": _MDAlgo("sha384", 48, 128, _sha512._IV384, _sha512._compress, "big", 8, 16),
    "sha512": _MDAlgo("sha512", 64, 128, _sha512._IV512, _sha512._compress, "big", 8, 16),
    "sha512_224": _MDAlgo("sha512_224", 28, 128, _sha512_t_iv(224), _sha512._compress, "big", 8, 16),
    "sha512_256": _MDAlgo("sha512_256", 32, 128, _sha512_t_iv(256), _sha512._compress, "big", 8, 16),
}


try:
    from _hashblocks import blocks as _native_blocks
except ImportError:
    _native_blocks = None

# The native block function standing for each compression function.
_NATIVE_KIND = {_md5_compress: "md5", _sha1_compress: "sha1",
                _sha256_compress: "sha256", _sha512._compress: "sha512"}


def _run_blocks(algo, state, data):
    """`state` advanced over the complete blocks of `data` (a multiple of the block size)."""
    kind = _NATIVE_KIND.get(algo.compress) if _native_blocks is not None else None
    if kind is not None:
        return _native_blocks(kind, list(state), bytes(data))
    compress = algo.compress
    bs = algo.block_size
    for i in range(0, len(data), bs):
        state = compress(state, data[i:i + bs])
    return state


class HASH:
    """A hash object (MD5, SHA-1 or SHA-2)."""

    __slots__ = ("_algo", "_state", "_buf", "_len")

    def __init__(self, algo, data=b""):
        self._algo = algo
        self._state = list(algo.iv)
        self._buf = b""
        self._len = 0
        self.update(data)

    @property
    def name(self):
        return self._algo.name

    @property
    def digest_size(self):
        return self._algo.digest_size

    @property
    def block_size(self):
        return self._algo.block_size

    def update(self, data):
        data = _check_data(data)
        n = len(data)
        if not n:
            return
        self._len += n
        buf = self._buf + data if self._buf else bytes(data)
        bs = self._algo.block_size
        full = len(buf) - len(buf) % bs
        if full:
            self._state = _run_blocks(self._algo, self._state, buf[:full])
            buf = buf[full:]
        self._buf = buf

    def copy(self):
        other = HASH.__new__(HASH)
        other._algo = self._algo
        other._state = list(self._state)
        other._buf = self._buf
        other._len = self._len
        return other

    def digest(self):
        algo = self._algo
        bs = algo.block_size
        lb = algo.lenbytes
        tail = self._buf + b"\x80"
        tail += bytes((bs - lb - len(tail)) % bs)
        tail += (self._len * 8).to_bytes(lb, algo.order)
        state = _run_blocks(algo, self._state, tail)
        ws = algo.wordsize
        order = algo.order
        out = b"".join(v.to_bytes(ws, order) for v in state)
        return out[:algo.digest_size]

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return "<%s _hashlib.HASH object @ 0x%x>" % (self._algo.name, id(self))


HASH.__module__ = "_hashlib"


def _md_constructor(name):
    algo = _ALGOS[name]

    def constructor(string=b"", *, usedforsecurity=True):
        return HASH(algo, string)

    constructor.__name__ = "openssl_" + name
    constructor.__qualname__ = "openssl_" + name
    return constructor


md5 = _md_constructor("md5")
sha1 = _md_constructor("sha1")
sha224 = _md_constructor("sha224")
sha256 = _md_constructor("sha256")
sha384 = _md_constructor("sha384")
sha512 = _md_constructor("sha512")


# ------------------------------------------------------------ SHA-3 / SHAKE

def _keccak_constants():
    rot = [0] * 25
    x, y = 1, 0
    for t in range(24):
        rot[x + 5 * y] = ((t + 1) * (t + 2) // 2) % 64
        x, y = y, (2 * x + 3 * y) % 5
    rcs = []
    r = 1
    lfsr = [1]  # lfsr[i] = rc(i)
    for _ in range(1, 255):
        r <<= 1
        if r & 0x100:
            r ^= 0x171
        lfsr.append(r & 1)
    for ir in range(24):
        rc = 0
        for j in range(7):
            if lfsr[(j + 7 * ir) % 255]:
                rc |= 1 << ((1 << j) - 1)
        rcs.append(rc)
    # (source lane, destination lane, rotation) for the combined rho+pi step
    moves = []
    for x in range(5):
        for y in range(5):
            moves.append((x + 5 * y, y + 5 * ((2 * x + 3 * y) % 5), rot[x + 5 * y]))
    return tuple(rcs), tuple(moves)


_KECCAK_RC, _KECCAK_MOVES = _keccak_constants()


def _keccak_f(a):
    moves = _KECCAK_MOVES
    b = [0] * 25
    for rc in _KECCAK_RC:
        c0 = a[0] ^ a[5] ^ a[10] ^ a[15] ^ a[20]
        c1 = a[1] ^ a[6] ^ a[11] ^ a[16] ^ a[21]
        c2 = a[2] ^ a[7] ^ a[12] ^ a[17] ^ a[22]
        c3 = a[3] ^ a[8] ^ a[13] ^ a[18] ^ a[23]
        c4 = a[4] ^ a[9] ^ a[14] ^ a[19] ^ a[24]
        d = (
            c4 ^ (((c1 << 1) | (c1 >> 63)) & _M64),
            c0 ^ (((c2 << 1) | (c2 >> 63)) & _M64),
            c1 ^ (((c3 << 1) | (c3 >> 63)) & _M64),
            c2 ^ (((c4 << 1) | (c4 >> 63)) & _M64),
            c3 ^ (((c0 << 1) | (c0 >> 63)) & _M64),
        )
        for src, dst, r in moves:
            v = a[src] ^ d[src % 5]
            b[dst] = ((v << r) | (v >> (64 - r))) & _M64 if r else v
        for y in range(0, 25, 5):
            b0, b1, b2, b3, b4 = b[y], b[y + 1], b[y + 2], b[y + 3], b[y + 4]
            a[y] = b0 ^ (~b1 & b2)
            a[y + 1] = b1 ^ (~b2 & b3)
            a[y + 2] = b2 ^ (~b3 & b4)
            a[y + 3] = b3 ^ (~b4 & b0)
            a[y + 4] = b4 ^ (~b0 & b1)
        a[0] ^= rc


def _sponge_class(xof):
    """Build the SHA-3 (or, with xof, SHAKE) hash class; CPython calls them
    HASH and HASHXOF."""

    class HASH:
        __slots__ = ("_lanes", "_buf", "_rate", "_name", "_suffix")

        def __init__(self, name, rate, data):
            self._name = name
            self._rate = rate
            self._suffix = 0x1F if xof else 0x06
            self._lanes = [0] * 25
            self._buf = b""
            self.update(data)

        @property
        def name(self):
            return self._name

        @property
        def block_size(self):
            return self._rate

        @property
        def digest_size(self):
            return 0 if xof else (200 - self._rate) // 2

        def _absorb(self, lanes, block):
            for i in range(self._rate // 8):
                lanes[i] ^= int.from_bytes(block[8 * i:8 * i + 8], "little")
            _keccak_f(lanes)

        def update(self, data):
            data = _check_data(data)
            if not data:
                return
            buf = self._buf + data if self._buf else bytes(data)
            rate = self._rate
            full = len(buf) - len(buf) % rate
            lanes = self._lanes
            for i in range(0, full, rate):
                self._absorb(lanes, buf[i:i + rate])
            self._buf = buf[full:]

        def copy(self):
            cls = type(self)
            other = cls.__new__(cls)
            other._name = self._name
            other._rate = self._rate
            other._suffix = self._suffix
            other._lanes = list(self._lanes)
            other._buf = self._buf
            return other

        def _squeeze(self, n):
            rate = self._rate
            lanes = list(self._lanes)
            pad = bytearray(rate - len(self._buf))
            pad[0] ^= self._suffix
            pad[-1] ^= 0x80
            self._absorb(lanes, self._buf + bytes(pad))
            out = []
            got = 0
            while True:
                out.append(b"".join(v.to_bytes(8, "little") for v in lanes[:rate // 8]))
                got += rate
                if got >= n:
                    break
                _keccak_f(lanes)
            return b"".join(out)[:n]

        if xof:
            def digest(self, length):
                length = _index(length)
                if length < 0:
                    raise ValueError("negative digest length")
                if length >= 1 << 29:
                    raise ValueError("digest length is too large")
                return self._squeeze(length) if length else b""

            def hexdigest(self, length):
                return self.digest(length).hex()
        else:
            def digest(self):
                return self._squeeze((200 - self._rate) // 2)

            def hexdigest(self):
                return self.digest().hex()

        def __repr__(self):
            return "<%s %s object @ 0x%x>" % (self._name, "_hashlib.HASHXOF" if xof else "_hashlib.HASH", id(self))

    HASH.__module__ = "_hashlib"
    if xof:
        return type("HASHXOF", (HASH,), {"__slots__": (), "__module__": "_hashlib"})
    return HASH


_SHA3HASH = _sponge_class(False)
_SHAKEHASH = _sponge_class(True)


def sha3_224(string=b"", *, usedforsecurity=True):
    return _SHA3HASH("sha3_224", 144, string)


def sha3_256(string=b"", *, usedforsecurity=True):
    return _SHA3HASH("sha3_256", 136, string)


def sha3_384(string=b"", *, usedforsecurity=True):
    return _SHA3HASH("sha3_384", 104, string)


def sha3_512(string=b"", *, usedforsecurity=True):
    return _SHA3HASH("sha3_512", 72, string)


def shake_128(string=b"", *, usedforsecurity=True):
    return _SHAKEHASH("shake_128", 168, string)


def shake_256(string=b"", *, usedforsecurity=True):
    return _SHAKEHASH("shake_256", 136, string)


# ------------------------------------------------------------------- BLAKE2

_BLAKE2_SIGMA = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
    (14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3),
    (11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4),
    (7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8),
    (9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13),
    (2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9),
    (12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11),
    (13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10),
    (6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5),
    (10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0),
)
_G_COLUMNS = ((0, 4, 8, 12), (1, 5, 9, 13), (2, 6, 10, 14), (3, 7, 11, 15),
              (0, 5, 10, 15), (1, 6, 11, 12), (2, 7, 8, 13), (3, 4, 9, 14))


class _Blake2:
    __slots__ = ("_h", "_buf", "_t", "_digest_size", "_last_node")
    _w = 64
    _bs = 128
    _rounds = 12
    _rot = (32, 24, 16, 63)
    _iv = _sha512._IV512
    _max_digest = 64
    _max_key = 64
    _max_salt = 16

    def __init__(self, data=b"", *, digest_size=None, key=b"", salt=b"", person=b"",
                 fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
                 inner_size=0, last_node=False, usedforsecurity=True):
        cls = type(self)
        if digest_size is None:
            digest_size = cls._max_digest
        if not 1 <= digest_size <= cls._max_digest:
            raise ValueError("digest_size must be between 1 and %d bytes" % cls._max_digest)
        key = _check_data(key)
        salt = _check_data(salt)
        person = _check_data(person)
        if len(key) > cls._max_key:
            raise ValueError("maximum key length is %d bytes" % cls._max_key)
        if len(salt) > cls._max_salt:
            raise ValueError("maximum salt length is %d bytes" % cls._max_salt)
        if len(person) > cls._max_salt:
            raise ValueError("maximum person length is %d bytes" % cls._max_salt)
        if (fanout, depth, leaf_size, node_offset, node_depth, inner_size) != (1, 1, 0, 0, 0, 0):
            raise NotImplementedError("BLAKE2 tree hashing parameters are not supported in Ferrython")
        w = cls._w
        wb = w // 8
        h = list(cls._iv)
        h[0] ^= 0x01010000 ^ (len(key) << 8) ^ digest_size
        salt = bytes(salt) + bytes(2 * wb - len(salt))
        person = bytes(person) + bytes(2 * wb - len(person))
        h[4] ^= int.from_bytes(salt[:wb], "little")
        h[5] ^= int.from_bytes(salt[wb:], "little")
        h[6] ^= int.from_bytes(person[:wb], "little")
        h[7] ^= int.from_bytes(person[wb:], "little")
        self._h = h
        self._t = 0
        self._digest_size = digest_size
        self._last_node = bool(last_node)
        self._buf = b""
        if key:
            self._buf = bytes(key) + bytes(cls._bs - len(key))
        self.update(data)

    @property
    def name(self):
        return type(self).__name__

    @property
    def digest_size(self):
        return self._digest_size

    @property
    def block_size(self):
        return self._bs

    def _compress(self, h, block, t, last):
        w = self._w
        mask = (1 << w) - 1
        wb = w // 8
        r1, r2, r3, r4 = self._rot
        m = [int.from_bytes(block[i:i + wb], "little") for i in range(0, self._bs, wb)]
        v = h + list(self._iv)
        v[12] ^= t & mask
        v[13] ^= t >> w
        if last:
            v[14] ^= mask
            if self._last_node:
                v[15] ^= mask
        for rnd in range(self._rounds):
            s = _BLAKE2_SIGMA[rnd % 10]
            for j, (ia, ib, ic, id_) in enumerate(_G_COLUMNS):
                a = v[ia]
                b = v[ib]
                c = v[ic]
                d = v[id_]
                a = (a + b + m[s[2 * j]]) & mask
                d ^= a
                d = ((d >> r1) | (d << (w - r1))) & mask
                c = (c + d) & mask
                b ^= c
                b = ((b >> r2) | (b << (w - r2))) & mask
                a = (a + b + m[s[2 * j + 1]]) & mask
                d ^= a
                d = ((d >> r3) | (d << (w - r3))) & mask
                c = (c + d) & mask
                b ^= c
                b = ((b >> r4) | (b << (w - r4))) & mask
                v[ia] = a
                v[ib] = b
                v[ic] = c
                v[id_] = d
        return [h[i] ^ v[i] ^ v[i + 8] for i in range(8)]

    def update(self, data):
        data = _check_data(data)
        if not data:
            return
        buf = self._buf + data if self._buf else bytes(data)
        bs = self._bs
        # keep at least one (possibly full) block buffered for the final compression
        full = (len(buf) - 1) // bs * bs
        if full > 0:
            h = self._h
            t = self._t
            for i in range(0, full, bs):
                t += bs
                h = self._compress(h, buf[i:i + bs], t, False)
            self._h = h
            self._t = t
            buf = buf[full:]
        self._buf = buf

    def copy(self):
        other = type(self).__new__(type(self))
        other._h = list(self._h)
        other._buf = self._buf
        other._t = self._t
        other._digest_size = self._digest_size
        other._last_node = self._last_node
        return other

    def digest(self):
        buf = self._buf
        t = self._t + len(buf)
        h = self._compress(self._h, buf + bytes(self._bs - len(buf)), t, True)
        wb = self._w // 8
        return b"".join(v.to_bytes(wb, "little") for v in h)[:self._digest_size]

    def hexdigest(self):
        return self.digest().hex()


class blake2b(_Blake2):
    __slots__ = ()
    SALT_SIZE = 16
    PERSON_SIZE = 16
    MAX_KEY_SIZE = 64
    MAX_DIGEST_SIZE = 64


class blake2s(_Blake2):
    __slots__ = ()
    _w = 32
    _bs = 64
    _rounds = 10
    _rot = (16, 12, 8, 7)
    _iv = _IV256
    _max_digest = 32
    _max_key = 32
    _max_salt = 8
    SALT_SIZE = 8
    PERSON_SIZE = 8
    MAX_KEY_SIZE = 32
    MAX_DIGEST_SIZE = 32


blake2b.__module__ = "_blake2"
blake2s.__module__ = "_blake2"


# ---------------------------------------------------------------- registry

algorithms_guaranteed = frozenset((
    "md5", "sha1", "sha224", "sha256", "sha384", "sha512",
    "blake2b", "blake2s", "sha3_224", "sha3_256", "sha3_384", "sha3_512",
    "shake_128", "shake_256",
))
algorithms_available = frozenset(algorithms_guaranteed | {"sha512_224", "sha512_256"})

_CONSTRUCTORS = {
    "blake2b": blake2b, "blake2s": blake2s,
    "sha3_224": sha3_224, "sha3_256": sha3_256, "sha3_384": sha3_384, "sha3_512": sha3_512,
    "shake_128": shake_128, "shake_256": shake_256,
}


def new(name, data=b"", *, usedforsecurity=True, **kwargs):
    """Return a new hashing object using the named algorithm."""
    if "string" in kwargs:
        data = kwargs.pop("string")
    if kwargs:
        raise TypeError("new() got an unexpected keyword argument %r" % next(iter(kwargs)))
    if not isinstance(name, str):
        raise TypeError("name must be a string")
    key = name.lower()
    algo = _ALGOS.get(key)
    if algo is not None:
        return HASH(algo, data)
    cons = _CONSTRUCTORS.get(key) or _CONSTRUCTORS.get(name)
    if cons is None:
        raise ValueError("unsupported hash type " + name)
    return cons(data)


def _digest_factory(digest):
    if isinstance(digest, str):
        key = digest.lower()
        if key in _ALGOS or key in _CONSTRUCTORS:
            return lambda d=b"": new(key, d)
        raise UnsupportedDigestmodError("[digital envelope routines] unsupported")
    return digest


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    the pseudorandom function."""
    for v in (password, salt):
        if not isinstance(v, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(v).__name__)
    if not isinstance(hash_name, str):
        raise TypeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s"
                        % type(hash_name).__name__)
    key = hash_name.lower()
    if key not in _ALGOS:
        raise UnsupportedDigestmodError("[digital envelope routines] unsupported")
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    algo = _ALGOS[key]
    if dklen is None:
        dklen = algo.digest_size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    bs = algo.block_size
    password = bytes(password)
    if len(password) > bs:
        password = HASH(algo, password).digest()
    password = password + bytes(bs - len(password))
    inner = HASH(algo, bytes(b ^ 0x36 for b in password))
    outer = HASH(algo, bytes(b ^ 0x5C for b in password))

    def prf(msg):
        icpy = inner.copy()
        icpy.update(msg)
        ocpy = outer.copy()
        ocpy.update(icpy.digest())
        return ocpy.digest()

    out = []
    total = 0
    block = 1
    size = algo.digest_size
    while total < dklen:
        prev = prf(bytes(salt) + block.to_bytes(4, "big"))
        acc = int.from_bytes(prev, "big")
        for _ in range(iterations - 1):
            prev = prf(prev)
            acc ^= int.from_bytes(prev, "big")
        out.append(acc.to_bytes(size, "big"))
        total += size
        block += 1
    return b"".join(out)[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """Hash the contents of a file-like object opened for reading in binary mode."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, "getbuffer"):
        try:
            whole = bytes(fileobj.getbuffer())
        except NameError:  # no memoryview in this interpreter yet
            whole = fileobj.getvalue()
        digestobj.update(whole)
        return digestobj
    if not (hasattr(fileobj, "readinto") and hasattr(fileobj, "readable")
            and fileobj.readable()):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
