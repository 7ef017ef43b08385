"""Keyed-hashing for message authentication (RFC 2104), for Ferrython.

Built on top of hashlib: the key is padded to the digest's block size and
mixed into an inner and an outer hash object.
"""

import builtins as _builtins
import hashlib as _hashlib

# Key pads: each byte value XOR-ed with the outer (0x5C) and inner (0x36)
# constants, ready for bytes.translate().
trans_5C = bytes(v ^ 0x5C for v in range(256))
trans_36 = bytes(v ^ 0x36 for v in range(256))

# Size of the digests returned by HMAC; None means it depends on digestmod.
digest_size = None


def _mask(data, table):
    # bytes.translate() equivalent (not every Ferrython build has it).
    return bytes([table[b] for b in data])


def _as_buffer_bytes(obj):
    if isinstance(obj, (bytes, bytearray)):
        return bytes(obj)
    viewer = getattr(_builtins, "memoryview", None)
    if viewer is None:
        return None
    try:
        return viewer(obj).tobytes()
    except TypeError:
        return None


def compare_digest(a, b, /):
    """Return 'a == b' using a comparison whose time does not depend on
    where the inputs differ (str arguments must be ASCII only)."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is "
                            "not supported")
        left = a.encode("ascii")
        right = b.encode("ascii")
    else:
        left = _as_buffer_bytes(a)
        right = _as_buffer_bytes(b)
        if left is None and right is None:
            raise TypeError("unsupported operand types(s) or combination of "
                            "types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        if left is None:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(a).__name__)
        if right is None:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(b).__name__)
    # Always walk the whole of `right` so timing depends only on its length.
    diff = 0 if len(left) == len(right) else 1
    reference = left if len(left) == len(right) else right
    for x, y in zip(reference, right):
        diff |= x ^ y
    return diff == 0


def _hash_factory(digestmod):
    """Turn a digestmod (name, constructor or module) into a callable
    taking optional initial data."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        name = digestmod
        return lambda data=b"": _hashlib.new(name, data)
    module = digestmod
    return lambda data=b"": module.new(data)


class HMAC:
    """RFC 2104 HMAC class.  This supports the API for Cryptographic Hash
    Functions (PEP 247)."""

    blocksize = 64  # fallback block size

    __slots__ = ("_hmac", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=""):
        """Create a new HMAC object from key, optional initial msg and
        the (required) digestmod."""
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _hash_factory(digestmod)
        self._hmac = None
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        width = getattr(self._inner, "block_size", None)
        if width is None:
            import warnings
            warnings.warn("No block_size attribute on given digest object; "
                          "Assuming %d." % self.blocksize, RuntimeWarning, 2)
            width = self.blocksize
        elif width < 16:
            import warnings
            warnings.warn("block_size of %d seems too small; using our "
                          "default of %d." % (width, self.blocksize),
                          RuntimeWarning, 2)
            width = self.blocksize
        if len(key) > width:
            key = make(key).digest()
        self.block_size = width
        padded = bytes(key) + b"\x00" * (width - len(key))
        self._outer.update(_mask(padded, trans_5C))
        self._inner.update(_mask(padded, trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Add the bytes of msg to what is being authenticated."""
        self._inner.update(msg)

    def copy(self):
        """Return a separate copy of this hashing object."""
        twin = type(self).__new__(type(self))
        twin._hmac = None
        twin._inner = self._inner.copy()
        twin._outer = self._outer.copy()
        twin.block_size = self.block_size
        twin.digest_size = self.digest_size
        return twin

    def _finished(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """Return the hash value of this hashing object (bytes)."""
        return self._finished().digest()

    def hexdigest(self):
        """Like digest(), but returns a string of hexadecimal digits."""
        return self._finished().hexdigest()


def new(key, msg=None, digestmod=""):
    """Create a new hashing object and return it."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """One-shot HMAC of msg under key, using hash `digest`."""
    make = _hash_factory(digest)
    inner = make()
    outer = make()
    width = getattr(inner, "block_size", 64)
    if len(key) > width:
        key = make(key).digest()
    padded = bytes(key) + b"\x00" * (width - len(key))
    inner.update(_mask(padded, trans_36))
    outer.update(_mask(padded, trans_5C))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()
