"""Universally unique identifiers (RFC 4122): the UUID value type and the
uuid1/uuid3/uuid4/uuid5 generators."""

import operator as _operator
import os as _os
import hashlib as _hashlib
import random as _random
import time as _time
from enum import Enum as _Enum

__all__ = ['UUID', 'SafeUUID', 'getnode', 'uuid1', 'uuid3', 'uuid4', 'uuid5',
           'NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500',
           'RESERVED_NCS', 'RFC_4122', 'RESERVED_MICROSOFT', 'RESERVED_FUTURE']

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

_int = int
_bytes = bytes
_MAX128 = 1 << 128
_set = object.__setattr__
_FIELD_BITS = (32, 16, 16, 8, 8, 48)
# 100-ns intervals between 1582-10-15 (Gregorian reform) and 1970-01-01
_GREGORIAN_OFFSET = 0x01b21dd213814000


class SafeUUID(_Enum):
    safe = 0
    unsafe = -1
    unknown = None


def _check_field(value, bits, pos):
    if not 0 <= value < (1 << bits):
        article = 'an' if bits == 8 else 'a'
        raise ValueError('field %d out of range (need %s %d-bit value)'
                         % (pos, article, bits))


def _comparison(op):
    def method(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return op(self.int, other.int)
    method.__name__ = '__%s__' % op.__name__
    return method


def _as_bytes(name):
    return name.encode('utf-8') if isinstance(name, str) else name


class UUID:
    """An immutable 128-bit UUID value."""

    __slots__ = 'int', 'is_safe', '__weakref__'

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        given = ((hex is not None) + (bytes is not None) + (bytes_le is not None)
                 + (fields is not None) + (int is not None))
        if given != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            text = hex.replace('urn:', '').replace('uuid:', '')
            text = text.strip('{}').replace('-', '')
            if len(text) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = _int(text, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            b = bytes_le
            bytes = (b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:])
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            if not isinstance(bytes, _bytes):
                raise AssertionError(repr(bytes))
            int = _int.from_bytes(bytes, 'big')
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            parts = tuple(fields)
            acc = 0
            for pos in range(6):
                _check_field(parts[pos], _FIELD_BITS[pos], pos + 1)
            for value, width in zip(parts, _FIELD_BITS):
                acc = (acc << width) | value
            int = acc
        if int is not None:
            if not 0 <= int < _MAX128:
                raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not (1 <= version and version <= 5):
                raise ValueError('illegal version number')
            # force the RFC 4122 variant bits (10xx) and the version nibble
            int &= ~(0xc000 << 48)
            int |= 0x8000 << 48
            int &= ~(0xf000 << 64)
            int |= version << 76
        _set(self, 'int', int)
        _set(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe is not SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        _set(self, 'int', state['int'])
        _set(self, 'is_safe', SafeUUID(state.get('is_safe')))

    __eq__ = _comparison(_operator.eq)
    __lt__ = _comparison(_operator.lt)
    __gt__ = _comparison(_operator.gt)
    __le__ = _comparison(_operator.le)
    __ge__ = _comparison(_operator.ge)

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        h = '%032x' % self.int
        return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        b = self.int.to_bytes(16, 'big')
        return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]

    def _bits(self, shift, width):
        return (self.int >> shift) & ((1 << width) - 1)

    @property
    def fields(self):
        out = []
        shift = 128
        for width in _FIELD_BITS:
            shift -= width
            out.append(self._bits(shift, width))
        return tuple(out)

    time_low = property(lambda self: self._bits(96, 32))
    time_mid = property(lambda self: self._bits(80, 16))
    time_hi_version = property(lambda self: self._bits(64, 16))
    clock_seq_hi_variant = property(lambda self: self._bits(56, 8))
    clock_seq_low = property(lambda self: self._bits(48, 8))
    node = property(lambda self: self._bits(0, 48))

    @property
    def time(self):
        v = self.int
        return ((((v >> 64) & 0x0fff) << 48) | (((v >> 80) & 0xffff) << 32)
                | (v >> 96))

    @property
    def clock_seq(self):
        return (((self.int >> 56) & 0x3f) << 8) | ((self.int >> 48) & 0xff)

    @property
    def hex(self):
        return format(self.int, '032x')

    @property
    def urn(self):
        return 'urn:uuid:%s' % self

    @property
    def variant(self):
        v = self.int
        if not v & (0x8000 << 48):
            return RESERVED_NCS
        if not v & (0x4000 << 48):
            return RFC_4122
        if not v & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant is not RFC_4122:
            return None
        return self._bits(76, 4)


# ---- hardware address ------------------------------------------------------

_node = None


def _sysfs_getnode():
    """Return the first universally administered unicast MAC address found
    under /sys/class/net, or None."""
    base = '/sys/class/net'
    try:
        names = sorted(_os.listdir(base))
    except OSError:
        return None
    for name in names:
        if name == 'lo':
            continue
        try:
            with open(base + '/' + name + '/address') as f:
                text = f.read().strip()
        except OSError:
            continue
        parts = text.split(':')
        if len(parts) != 6:
            continue
        try:
            value = _int(''.join(parts), 16)
        except ValueError:
            continue
        # skip all-zero, locally administered and multicast addresses
        if value == 0 or value & (1 << 41) or value & (1 << 40):
            continue
        return value
    return None


def _random_getnode():
    # a random 48-bit number with the multicast bit set (RFC 4122, 4.5)
    return _int.from_bytes(_os.urandom(6), 'big') | (1 << 40)


def getnode():
    """Return the hardware address as a 48-bit integer (random, with the
    multicast bit set, when no usable address is found)."""
    global _node
    if _node is not None:
        return _node
    node = _sysfs_getnode()
    if node is None:
        node = _random_getnode()
    _node = node
    return node


# ---- generators ------------------------------------------------------------

_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """Make a UUID from a host ID, sequence number and the current time."""
    global _last_timestamp
    stamp = _time.time_ns() // 100 + _GREGORIAN_OFFSET
    if _last_timestamp is not None and stamp <= _last_timestamp:
        stamp = _last_timestamp + 1   # keep successive values increasing
    _last_timestamp = stamp
    seq = _random.getrandbits(14) if clock_seq is None else clock_seq
    if node is None:
        node = getnode()
    parts = (stamp & 0xffffffff, (stamp >> 32) & 0xffff, (stamp >> 48) & 0x0fff,
             (seq >> 8) & 0x3f, seq & 0xff, node)
    return UUID(fields=parts, version=1)


def uuid3(namespace, name):
    """Make a UUID from the MD5 hash of a namespace UUID and a name."""
    data = namespace.bytes + _as_bytes(name)
    return UUID(bytes=_hashlib.md5(data).digest()[:16], version=3)


def uuid4():
    """Make a random UUID."""
    return UUID(bytes=_os.urandom(16), version=4)


def uuid5(namespace, name):
    """Make a UUID from the SHA-1 hash of a namespace UUID and a name."""
    data = namespace.bytes + _as_bytes(name)
    return UUID(bytes=_hashlib.sha1(data).digest()[:16], version=5)


# the RFC 4122 namespaces differ only in the last hex digit of time_low
_NS_BASE = 0x6ba7b8109dad11d180b400c04fd430c8
NAMESPACE_DNS = UUID(int=_NS_BASE)
NAMESPACE_URL = UUID(int=_NS_BASE + (1 << 96))
NAMESPACE_OID = UUID(int=_NS_BASE + (2 << 96))
NAMESPACE_X500 = UUID(int=_NS_BASE + (4 << 96))
