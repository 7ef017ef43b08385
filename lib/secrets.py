"""Cryptographically strong random numbers for tokens and secrets.

Everything here draws from the operating system's entropy source through
random.SystemRandom.
"""

__all__ = ["choice", "randbelow", "randbits", "SystemRandom",
           "token_bytes", "token_hex", "token_urlsafe",
           "compare_digest"]

import binascii as _binascii
from hmac import compare_digest
from random import SystemRandom

_source = SystemRandom()

randbits = _source.getrandbits
choice = _source.choice

# Bytes of randomness used by the token_* helpers when no size is given.
DEFAULT_ENTROPY = 32


def randbelow(exclusive_upper_bound):
    """A random int from 0 up to, but not including, n."""
    if not exclusive_upper_bound > 0:
        raise ValueError("Upper bound must be positive.")
    return _source._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """Return a random byte string containing nbytes bytes."""
    count = DEFAULT_ENTROPY if nbytes is None else nbytes
    return _source.randbytes(count)


def token_hex(nbytes=None):
    """Return a random text string, in hexadecimal (two digits per byte)."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """Return a random URL-safe text string, in Base64 encoding."""
    raw = token_bytes(nbytes)
    text = _binascii.b2a_base64(raw, newline=False).decode("ascii")
    return text.rstrip("=").replace("+", "-").replace("/", "_")
