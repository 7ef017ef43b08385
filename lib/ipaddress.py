"""IPv4/IPv6 addresses, networks and interfaces: parsing, classification
and network arithmetic."""

__version__ = '1.0'

import re as _re

IPV4LENGTH = 32
IPV6LENGTH = 128

_V4_ONES = (1 << 32) - 1
_V6_ONES = (1 << 128) - 1
_HEXCHARS = frozenset('0123456789abcdefABCDEF')
_FORMAT_RE = _re.compile(r'(#?)(_?)([xbnX])')


class AddressValueError(ValueError):
    """An address could not be parsed."""


class NetmaskValueError(ValueError):
    """A netmask or prefix length could not be parsed."""


# ---- factory functions -----------------------------------------------------

def _first_fitting(kinds, what, address, *extra):
    # try the IPv4 class, then the IPv6 one; parse errors mean "not this kind"
    for kind in kinds:
        try:
            return kind(address, *extra)
        except (AddressValueError, NetmaskValueError):
            continue
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 {what}')


def ip_address(address):
    """Return an IPv4Address or IPv6Address built from address."""
    return _first_fitting((IPv4Address, IPv6Address), 'address', address)


def ip_network(address, strict=True):
    """Return an IPv4Network or IPv6Network built from address."""
    return _first_fitting((IPv4Network, IPv6Network), 'network', address, strict)


def ip_interface(address):
    """Return an IPv4Interface or IPv6Interface built from address."""
    return _first_fitting((IPv4Interface, IPv6Interface), 'interface', address)


def _require_same_version(a, b, word='version'):
    if a._version != b._version:
        raise TypeError(f'{a} and {b} are not of the same {word}')


def v4_int_to_packed(address):
    """Pack an integer into 4 big-endian bytes."""
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv4')


def v6_int_to_packed(address):
    """Pack an integer into 16 big-endian bytes."""
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv6')


# ---- low-level helpers -----------------------------------------------------

def _low_zero_bits(value, bits):
    """Number of trailing zero bits of value, at most bits."""
    if value == 0:
        return bits
    return min(bits, (value & -value).bit_length() - 1)


def _parse_v4(text):
    if not text:
        raise AddressValueError('Address cannot be empty')
    pieces = text.split('.')
    if len(pieces) != 4:
        raise AddressValueError('Expected 4 octets in %r' % text)
    value = 0
    for piece in pieces:
        if not piece:
            problem = 'Empty octet not permitted'
        elif not (piece.isascii() and piece.isdigit()):
            problem = 'Only decimal digits permitted in %r' % piece
        elif len(piece) > 3:
            problem = 'At most 3 characters permitted in %r' % piece
        elif len(piece) > 1 and piece[0] == '0':
            problem = 'Leading zeros are not permitted in %r' % piece
        else:
            octet = int(piece)
            if octet > 255:
                problem = 'Octet %d (> 255) not permitted' % octet
            else:
                value = (value << 8) | octet
                continue
        raise AddressValueError('%s in %r' % (problem, text))
    return value


def _v4_text(value):
    return '%d.%d.%d.%d' % (value >> 24, (value >> 16) & 255,
                            (value >> 8) & 255, value & 255)


def _hextet(piece, text):
    if not _HEXCHARS.issuperset(piece):
        raise AddressValueError('Only hex digits permitted in %r in %r'
                                % (piece, text))
    if len(piece) > 4:
        raise AddressValueError('At most 4 characters permitted in %r in %r'
                                % (piece, text))
    return int(piece, 16)


def _parse_v6(text):
    if not text:
        raise AddressValueError('Address cannot be empty')
    parts = text.split(':')
    if len(parts) < 3:
        raise AddressValueError('At least 3 parts expected in %r' % text)
    if '.' in parts[-1]:
        try:
            low = IPv4Address(parts[-1])._ip
        except AddressValueError as exc:
            raise AddressValueError('%s in %r' % (exc, text)) from None
        parts[-1:] = ['%x' % (low >> 16), '%x' % (low & 0xffff)]
    if len(parts) > 9:
        raise AddressValueError('At most 8 colons permitted in %r' % text)
    gap = None
    for i, piece in enumerate(parts[1:-1], 1):
        if piece == '':
            if gap is not None:
                raise AddressValueError("At most one '::' permitted in %r" % text)
            gap = i
    if gap is not None:
        head = parts[:gap]
        tail = parts[gap + 1:]
        if not parts[0]:
            if len(head) > 1:
                raise AddressValueError(
                    "Leading ':' only permitted as part of '::' in %r" % text)
            head = []
        if not parts[-1]:
            if len(tail) > 1:
                raise AddressValueError(
                    "Trailing ':' only permitted as part of '::' in %r" % text)
            tail = []
        missing = 8 - len(head) - len(tail)
        if missing < 1:
            raise AddressValueError(
                "Expected at most 7 other parts with '::' in %r" % text)
    else:
        if len(parts) != 8:
            raise AddressValueError(
                "Exactly 8 parts expected without '::' in %r" % text)
        if not parts[0]:
            raise AddressValueError(
                "Leading ':' only permitted as part of '::' in %r" % text)
        if not parts[-1]:
            raise AddressValueError(
                "Trailing ':' only permitted as part of '::' in %r" % text)
        head = parts
        tail = []
        missing = 0
    value = 0
    for piece in head:
        value = (value << 16) | _hextet(piece, text)
    value <<= 16 * missing
    for piece in tail:
        value = (value << 16) | _hextet(piece, text)
    return value


def _v6_hextets(value):
    return [(value >> shift) & 0xffff for shift in range(112, -16, -16)]


def _v6_text(value):
    words = _v6_hextets(value)
    best_start = -1
    best_len = 0
    run_start = -1
    for i, w in enumerate(words):
        if w == 0:
            if run_start < 0:
                run_start = i
            if i - run_start + 1 > best_len:
                best_len = i - run_start + 1
                best_start = run_start
        else:
            run_start = -1
    if best_len > 1:
        left = ':'.join('%x' % w for w in words[:best_start])
        right = ':'.join('%x' % w for w in words[best_start + best_len:])
        return left + '::' + right
    return ':'.join('%x' % w for w in words)


def _v6_full(value):
    return ':'.join('%04x' % w for w in _v6_hextets(value))


# ---- rich comparison helpers (total ordering from __lt__ and __eq__) -------

def _add_ordering(cls):
    def __gt__(self, other):
        less = type(self).__lt__(self, other)
        if less is NotImplemented:
            return less
        return not less and self != other

    def __le__(self, other):
        less = type(self).__lt__(self, other)
        if less is NotImplemented:
            return less
        return less or self == other

    def __ge__(self, other):
        less = type(self).__lt__(self, other)
        if less is NotImplemented:
            return less
        return not less

    cls.__gt__ = __gt__
    cls.__le__ = __le__
    cls.__ge__ = __ge__
    return cls


# ---- addresses -------------------------------------------------------------

class _IPAddressBase:
    __slots__ = ()

    @property
    def exploded(self):
        return self._explode()

    @property
    def compressed(self):
        return str(self)

    @property
    def version(self):
        return self._version

    max_prefixlen = property(lambda self: self._max_prefixlen)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __reduce__(self):
        return type(self), (str(self),)


class _BaseAddress(_IPAddressBase):
    __slots__ = ()

    def _from_number_or_bytes(self, address):
        """Integer value of an int or packed-bytes address, else None."""
        kind = type(address)
        if issubclass(kind, int):
            if address < 0:
                raise AddressValueError('%d (< 0) is not permitted as an IPv%d address'
                                        % (address, self._version))
            if address > self._ALL_ONES:
                raise AddressValueError('%d (>= 2**%d) is not permitted as an IPv%d address'
                                        % (address, self._max_prefixlen, self._version))
            return address
        if issubclass(kind, bytes):
            size = self._max_prefixlen // 8
            if len(address) != size:
                raise AddressValueError('%r (len %d != %d) is not permitted as an IPv%d address'
                                        % (address, len(address), size, self._version))
            return int.from_bytes(address, 'big')
        return None

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if isinstance(other, _BaseAddress):
            _require_same_version(self, other)
            return self._ip < other._ip
        return NotImplemented

    def __hash__(self):
        return hash(self._ip)

    def __add__(self, other):
        if isinstance(other, int):
            return type(self)(self._ip + other)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, int):
            return type(self)(self._ip - other)
        return NotImplemented

    def __str__(self):
        return self._text(self._ip)

    def __format__(self, fmt):
        if fmt == '' or fmt.endswith('s'):
            return str(self).__format__(fmt)
        m = _FORMAT_RE.fullmatch(fmt)
        if m is None:
            return object.__format__(self, fmt)
        alt, group, kind = m.groups()
        if kind == 'n':
            kind = 'b' if self._version == 4 else 'x'
        width = self._max_prefixlen if kind == 'b' else self._max_prefixlen // 4
        if group:
            width += width // 4 - 1
        if alt:
            width += 2
        return format(self._ip, '%s0%d%s%s' % (alt, width, group, kind))

    @property
    def packed(self):
        return self._ip.to_bytes(self._max_prefixlen // 8, 'big')


def _in_table(value, table):
    for net, mask in table:
        if value & mask == net:
            return True
    return False


def _table(parser, bits, specs):
    ones = (1 << bits) - 1
    out = []
    for spec in specs:
        addr, plen = spec.split('/')
        mask = ones ^ (ones >> int(plen))
        out.append((parser(addr), mask))
    return out


_V4_PRIVATE = _table(_parse_v4, 32, [
    '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16',
    '172.16.0.0/12', '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24',
    '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24',
    '240.0.0.0/4', '255.255.255.255/32'])
_V4_SHARED = _table(_parse_v4, 32, ['100.64.0.0/10'])
_V4_MULTICAST = _table(_parse_v4, 32, ['224.0.0.0/4'])
_V4_RESERVED = _table(_parse_v4, 32, ['240.0.0.0/4'])
_V4_LOOPBACK = _table(_parse_v4, 32, ['127.0.0.0/8'])
_V4_LINKLOCAL = _table(_parse_v4, 32, ['169.254.0.0/16'])

_V6_PRIVATE = _table(_parse_v6, 128, [
    '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23',
    '2001:2::/48', '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10'])
_V6_RESERVED = _table(_parse_v6, 128, [
    '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4',
    '4000::/3', '6000::/3', '8000::/3', 'a000::/3', 'c000::/3', 'e000::/4',
    'f000::/5', 'f800::/6', 'fe00::/9'])
_V6_MULTICAST = _table(_parse_v6, 128, ['ff00::/8'])
_V6_LINKLOCAL = _table(_parse_v6, 128, ['fe80::/10'])
_V6_SITELOCAL = _table(_parse_v6, 128, ['fec0::/10'])


class IPv4Address(_BaseAddress):
    """A single IPv4 address."""

    __slots__ = '_ip', '__weakref__'
    _version = 4
    _max_prefixlen = 32
    _ALL_ONES = _V4_ONES

    def __init__(self, address):
        value = self._from_number_or_bytes(address)
        if value is None:
            text = str(address)
            if '/' in text:
                raise AddressValueError(f"Unexpected '/' in {address!r}")
            value = _parse_v4(text)
        self._ip = value

    _text = staticmethod(_v4_text)

    def _explode(self):
        return str(self)

    def __reduce__(self):
        return type(self), (self._ip,)

    @property
    def reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'

    @property
    def is_private(self):
        return _in_table(self._ip, _V4_PRIVATE)

    @property
    def is_global(self):
        return not _in_table(self._ip, _V4_SHARED) and not self.is_private

    @property
    def is_reserved(self):
        return _in_table(self._ip, _V4_RESERVED)

    @property
    def is_multicast(self):
        return _in_table(self._ip, _V4_MULTICAST)

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return _in_table(self._ip, _V4_LOOPBACK)

    @property
    def is_link_local(self):
        return _in_table(self._ip, _V4_LINKLOCAL)


class IPv6Address(_BaseAddress):
    """A single IPv6 address, optionally with a %scope suffix."""

    __slots__ = '_ip', '_scope_id', '__weakref__'
    _version = 6
    _max_prefixlen = 128
    _ALL_ONES = _V6_ONES

    def __init__(self, address):
        scope = None
        value = self._from_number_or_bytes(address)
        if value is None:
            text = str(address)
            if '/' in text:
                raise AddressValueError(f"Unexpected '/' in {address!r}")
            text, scope = self._split_scope(text)
            value = _parse_v6(text)
        self._ip = value
        self._scope_id = scope

    @staticmethod
    def _split_scope(text):
        addr, sep, scope = text.partition('%')
        if not sep:
            return addr, None
        if not scope or '%' in scope:
            raise AddressValueError('Invalid IPv6 address: "%r"' % text)
        return addr, scope

    _text = staticmethod(_v6_text)

    def __str__(self):
        text = _v6_text(self._ip)
        if self._scope_id is not None:
            return text + '%' + self._scope_id
        return text

    def _explode(self):
        text = _v6_full(self._ip)
        if self._scope_id is not None:
            return text + '%' + self._scope_id
        return text

    def __hash__(self):
        return hash((self._scope_id, self._ip))

    def __eq__(self, other):
        same = _BaseAddress.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        return getattr(other, '_scope_id', None) == self._scope_id

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def reverse_pointer(self):
        digits = _v6_full(self._ip).replace(':', '')
        return '.'.join(reversed(digits)) + '.ip6.arpa'

    @property
    def is_multicast(self):
        return _in_table(self._ip, _V6_MULTICAST)

    @property
    def is_reserved(self):
        return _in_table(self._ip, _V6_RESERVED)

    @property
    def is_link_local(self):
        return _in_table(self._ip, _V6_LINKLOCAL)

    @property
    def is_site_local(self):
        return _in_table(self._ip, _V6_SITELOCAL)

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return _in_table(self._ip, _V6_PRIVATE)

    is_global = property(lambda self: not self.is_private)

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        if (self._ip >> 32) != 0xffff:
            return None
        return IPv4Address(self._ip & _V4_ONES)

    @property
    def teredo(self):
        if self._ip >> 96 != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & _V4_ONES),
                IPv4Address(~self._ip & _V4_ONES))

    @property
    def sixtofour(self):
        if self._ip >> 112 != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & _V4_ONES)


_add_ordering(IPv4Address)
_add_ordering(IPv6Address)


# ---- networks --------------------------------------------------------------

def _split_addr_prefix(address, maxlen):
    """(address part, prefix part) of a network/interface argument."""
    if isinstance(address, (int, bytes)):
        return address, maxlen
    if isinstance(address, tuple):
        if len(address) > 1:
            addr, mask = address
            return addr, mask
        return address[0], maxlen
    pieces = str(address).split('/')
    if len(pieces) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    if len(pieces) == 2:
        return pieces[0], pieces[1]
    return pieces[0], maxlen


def _bad_mask(mask):
    raise NetmaskValueError('%r is not a valid netmask' % mask)


def _prefix_of_mask_int(value, bits):
    """Prefix length of a contiguous netmask value, else ValueError."""
    zeros = _low_zero_bits(value, bits)
    plen = bits - zeros
    if (value >> zeros) != (1 << plen) - 1:
        raise ValueError('not a contiguous mask')
    return plen


class _BaseNetwork(_IPAddressBase):

    _mask_cache = None

    @classmethod
    def _make_netmask(cls, arg):
        cache = cls._mask_cache
        try:
            return cache[arg]
        except (KeyError, TypeError):
            pass
        bits = cls._max_prefixlen
        if isinstance(arg, int):
            plen = arg
            if not 0 <= plen <= bits:
                _bad_mask(plen)
        else:
            plen = cls._prefix_from_text(arg)
        ones = (1 << bits) - 1
        result = (cls._addr_type(ones ^ (ones >> plen)), plen)
        try:
            cache[arg] = result
        except TypeError:
            pass
        return result

    @classmethod
    def _prefix_from_text(cls, text):
        if text.isascii() and text.isdigit():
            plen = int(text)
            if 0 <= plen <= cls._max_prefixlen:
                return plen
        _bad_mask(text)

    def __init__(self, address, strict=True):
        addr, mask = _split_addr_prefix(address, self._max_prefixlen)
        self.network_address = self._addr_type(addr)
        mask_addr, plen = self._make_netmask(mask)
        self.netmask = mask_addr
        self._prefixlen = plen
        value = self.network_address._ip
        if value & mask_addr._ip != value:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = self._addr_type(value & mask_addr._ip)

    def __str__(self):
        return f'{self.network_address}/{self._prefixlen}'

    def _explode(self):
        return f'{self.network_address.exploded}/{self._prefixlen}'

    @property
    def broadcast_address(self):
        return self._addr_type(self.network_address._ip | (self.netmask._ip ^ self._ALL_ONES))

    @property
    def hostmask(self):
        return self._addr_type(self.netmask._ip ^ self._ALL_ONES)

    prefixlen = property(lambda self: self._prefixlen)
    with_prefixlen = property(__str__)

    @property
    def with_netmask(self):
        return f'{self.network_address}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self.network_address}/{self.hostmask}'

    @property
    def num_addresses(self):
        return 1 << (self._max_prefixlen - self._prefixlen)

    def hosts(self):
        plen = self._prefixlen
        bits = self._max_prefixlen
        if plen == bits:
            return [self.network_address]
        if plen == bits - 1:
            return iter(self)
        return self._host_range()

    def _host_range(self):
        cls = self._addr_type
        first = int(self.network_address) + 1
        last = int(self.broadcast_address)
        if self._version == 6:
            last += 1
        for value in range(first, last):
            yield cls(value)

    def __iter__(self):
        cls = self._addr_type
        for value in range(int(self.network_address), int(self.broadcast_address) + 1):
            yield cls(value)

    def __getitem__(self, n):
        first = int(self.network_address)
        last = int(self.broadcast_address)
        if n >= 0:
            if first + n > last:
                raise IndexError('address out of range')
            return self._addr_type(first + n)
        n += 1
        if last + n < first:
            raise IndexError('address out of range')
        return self._addr_type(last + n)

    def __lt__(self, other):
        if isinstance(other, _BaseNetwork):
            _require_same_version(self, other)
            return ((self.network_address._ip, self.netmask._ip) <
                    (other.network_address._ip, other.netmask._ip))
        return NotImplemented

    def __eq__(self, other):
        try:
            return (other._version == self._version
                    and other.network_address == self.network_address
                    and other.netmask._ip == self.netmask._ip)
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash((self.network_address._ip, self._prefixlen))

    def __contains__(self, other):
        if other._version != self._version or isinstance(other, _BaseNetwork):
            return False
        return (other._ip & self.netmask._ip) == self.network_address._ip

    def overlaps(self, other):
        return (other.network_address in self or other.broadcast_address in self
                or self.network_address in other or self.broadcast_address in other)

    def address_exclude(self, other):
        """Yield the networks left after removing other from this one."""
        _require_same_version(self, other)
        if isinstance(other, _BaseAddress):
            raise TypeError('%s is not a network object' % other)
        if not self.supernet_of(other):
            raise ValueError('%s not contained in %s' % (other, self))
        if other == self:
            return
        # walk down the halves containing other, emitting the other halves
        lower, upper = self.subnets()
        while lower != other and upper != other:
            if other.subnet_of(lower):
                yield upper
                lower, upper = lower.subnets()
            elif other.subnet_of(upper):
                yield lower
                lower, upper = upper.subnets()
            else:
                raise AssertionError('unreachable: %s %s %s' % (lower, upper, other))
        if lower == other:
            yield upper
        else:
            yield lower

    def compare_networks(self, other):
        """-1, 0 or 1 as this network sorts before, equal to or after other."""
        _require_same_version(self, other, 'type')
        mine = (self.network_address, self.netmask)
        theirs = (other.network_address, other.netmask)
        return (mine > theirs) - (mine < theirs)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """Yield the subnets that result from lengthening the prefix."""
        bits = self._max_prefixlen
        cur = self._prefixlen
        if cur == bits:
            yield self
            return
        if new_prefix is None:
            diff = prefixlen_diff
        else:
            if new_prefix < cur:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            diff = new_prefix - cur
        if diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new_len = cur + diff
        if new_len > bits:
            raise ValueError('prefix length diff %d is invalid for netblock %s'
                             % (new_len, self))
        first = self.network_address._ip
        size = 1 << (bits - new_len)
        cls = type(self)
        for value in range(first, first + (1 << (bits - cur)), size):
            yield cls((value, new_len))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The enclosing network with a shorter prefix."""
        cur = self._prefixlen
        if cur == 0:
            return self
        if new_prefix is None:
            diff = prefixlen_diff
        else:
            if new_prefix > cur:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            diff = cur - new_prefix
        if cur - diff < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (cur, diff))
        base = self.network_address._ip & (self.netmask._ip << diff)
        return type(self)((base, cur - diff))

    @staticmethod
    def _contained(inner, outer):
        try:
            _require_same_version(inner, outer)
            return (outer.network_address <= inner.network_address and
                    outer.broadcast_address >= inner.broadcast_address)
        except AttributeError:
            raise TypeError(f'Unable to test subnet containment '
                            f'between {inner} and {outer}')

    def subnet_of(self, other):
        return self._contained(self, other)

    def supernet_of(self, other):
        return self._contained(other, self)

    def _both_ends(self, name):
        return (getattr(self.network_address, name) and
                getattr(self.broadcast_address, name))

    @property
    def is_private(self):
        first = int(self.network_address)
        last = int(self.broadcast_address)
        for net, mask in self._private_table:
            if first & mask == net and last & mask == net:
                return True
        return False

    is_global = property(lambda self: not self.is_private)

    @property
    def is_multicast(self):
        return self._both_ends('is_multicast')

    @property
    def is_reserved(self):
        return self._both_ends('is_reserved')

    @property
    def is_link_local(self):
        return self._both_ends('is_link_local')

    @property
    def is_unspecified(self):
        return self._both_ends('is_unspecified')

    @property
    def is_loopback(self):
        return self._both_ends('is_loopback')


class IPv4Network(_BaseNetwork):
    """An IPv4 network: an address block given by address and prefix."""

    _version = 4
    _max_prefixlen = 32
    _ALL_ONES = _V4_ONES
    _addr_type = IPv4Address
    _private_table = _V4_PRIVATE
    _mask_cache = {}

    @classmethod
    def _prefix_from_text(cls, text):
        if text.isascii() and text.isdigit():
            plen = int(text)
            if 0 <= plen <= 32:
                return plen
            _bad_mask(text)
        # a dotted netmask or hostmask
        try:
            value = _parse_v4(text)
        except AddressValueError:
            _bad_mask(text)
        try:
            return _prefix_of_mask_int(value, 32)
        except ValueError:
            pass
        try:
            return _prefix_of_mask_int(value ^ _V4_ONES, 32)
        except ValueError:
            _bad_mask(text)

    @property
    def is_global(self):
        first = int(self.network_address)
        last = int(self.broadcast_address)
        shared = _in_table(first, _V4_SHARED) and _in_table(last, _V4_SHARED)
        return not shared and not self.is_private


class IPv6Network(_BaseNetwork):
    """An IPv6 network: an address block given by address and prefix."""

    _version = 6
    _max_prefixlen = 128
    _ALL_ONES = _V6_ONES
    _addr_type = IPv6Address
    _private_table = _V6_PRIVATE
    _mask_cache = {}

    @property
    def is_site_local(self):
        return self._both_ends('is_site_local')


_add_ordering(IPv4Network)
_add_ordering(IPv6Network)


# ---- interfaces ------------------------------------------------------------

class _InterfaceMixin:

    def _setup(self, address):
        addr, mask = _split_addr_prefix(address, self._max_prefixlen)
        self._addr_base.__init__(self, addr)
        net = self._network_class((addr, mask), strict=False)
        self.network = net
        self.netmask = net.netmask
        self._prefixlen = net._prefixlen

    hostmask = property(lambda self: self.network.hostmask)

    @property
    def ip(self):
        return self._addr_base(self._ip)

    def __str__(self):
        return f'{self._addr_base.__str__(self)}/{self._prefixlen}'

    def _explode(self):
        return f'{self._full(self._ip)}/{self._prefixlen}'

    def _with(self, suffix):
        return f'{self._text(self._ip)}/{suffix}'

    with_prefixlen = property(lambda self: self._with(self._prefixlen))
    with_netmask = property(lambda self: self._with(self.netmask))
    with_hostmask = property(lambda self: self._with(self.hostmask))

    def __eq__(self, other):
        same = self._addr_base.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        try:
            return other.network == self.network
        except AttributeError:
            return False

    def __lt__(self, other):
        less = self._addr_base.__lt__(self, other)
        if less is NotImplemented:
            return NotImplemented
        try:
            theirs = other.network
        except AttributeError:
            return False
        if self.network == theirs:
            return less
        return self.network < theirs

    def __hash__(self):
        return hash((self._prefixlen, self._ip, self.network.network_address._ip))

    def __reduce__(self):
        return type(self), (str(self),)


class IPv4Interface(_InterfaceMixin, IPv4Address):
    """An IPv4 address together with the network it sits on."""

    _addr_base = IPv4Address
    _network_class = IPv4Network
    _full = staticmethod(_v4_text)

    def __init__(self, address):
        self._setup(address)


class IPv6Interface(_InterfaceMixin, IPv6Address):
    """An IPv6 address together with the network it sits on."""

    _addr_base = IPv6Address
    _network_class = IPv6Network
    _full = staticmethod(_v6_full)

    def __init__(self, address):
        self._setup(address)

    # an interface is only "unspecified"/"loopback" when its network is too
    is_unspecified = property(
        lambda self: IPv6Address.is_unspecified.fget(self) and self.network.is_unspecified)
    is_loopback = property(
        lambda self: IPv6Address.is_loopback.fget(self) and self.network.is_loopback)


_add_ordering(IPv4Interface)
_add_ordering(IPv6Interface)


# ---- module-level algorithms -----------------------------------------------

def summarize_address_range(first, last):
    """Yield the minimal list of networks covering first..last inclusive."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    _require_same_version(first, last)
    if first > last:
        raise ValueError('last IP address must be greater than first')
    if first.version == 4:
        net_cls = IPv4Network
    elif first.version == 6:
        net_cls = IPv6Network
    else:
        raise ValueError('unknown IP version')
    return _summarize(first._ip, last._ip, net_cls)


def _summarize(lo, hi, net_cls):
    bits = net_cls._max_prefixlen
    ones = net_cls._ALL_ONES
    while lo <= hi:
        size = min(_low_zero_bits(lo, bits), (hi - lo + 1).bit_length() - 1)
        yield net_cls((lo, bits - size))
        lo += 1 << size
        if lo - 1 == ones:
            break


def _collapse_networks(networks):
    # repeatedly merge sibling pairs into their supernet
    pending = list(networks)
    by_parent = {}
    while pending:
        net = pending.pop()
        parent = net.supernet()
        seen = by_parent.get(parent)
        if seen is None:
            by_parent[parent] = net
        elif seen != net:
            del by_parent[parent]
            pending.append(parent)
    previous = None
    for net in sorted(by_parent.values()):
        if previous is not None and previous.broadcast_address >= net.broadcast_address:
            continue
        yield net
        previous = net


def collapse_addresses(addresses):
    """Collapse an iterable of addresses and networks into the smallest
    sorted sequence of networks covering them."""
    singles = []
    nets = []
    for item in addresses:
        if isinstance(item, _BaseAddress):
            if singles and singles[-1]._version != item._version:
                raise TypeError('%s and %s are not of the same version'
                                % (item, singles[-1]))
            singles.append(item)
        elif item._prefixlen == item._max_prefixlen:
            if singles and singles[-1]._version != item._version:
                raise TypeError('%s and %s are not of the same version'
                                % (item, singles[-1]))
            try:
                singles.append(item.ip)
            except AttributeError:
                singles.append(item.network_address)
        else:
            if nets and nets[-1]._version != item._version:
                raise TypeError('%s and %s are not of the same version'
                                % (item, nets[-1]))
            nets.append(item)
    singles = sorted(set(singles))
    ranged = []
    i = 0
    count = len(singles)
    while i < count:
        start = singles[i]
        j = i
        while j + 1 < count and singles[j + 1]._ip == singles[j]._ip + 1:
            j += 1
        ranged.extend(summarize_address_range(start, singles[j]))
        i = j + 1
    return _collapse_networks(ranged + nets)


def get_mixed_type_key(obj):
    """Sort key that orders networks before addresses within each version."""
    if isinstance(obj, _BaseNetwork):
        return obj._version, obj.network_address, obj.netmask
    if isinstance(obj, _BaseAddress):
        return obj._version, obj
    return NotImplemented
