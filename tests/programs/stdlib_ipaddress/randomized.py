# Differential sweep over seeded random addresses and networks.
import ipaddress as ip
import random

rng = random.Random(2024)
props = ['is_private', 'is_global', 'is_loopback', 'is_unspecified', 'is_reserved',
         'is_link_local', 'is_multicast']
special4 = ['10.', '127.', '169.254.', '172.16.', '192.168.', '224.', '240.', '100.64.', '192.0.0.', '198.18.']
for _ in range(150):
    if rng.random() < 0.4:
        head = rng.choice(special4)
        parts = head.rstrip('.').split('.')
        while len(parts) < 4:
            parts.append(str(rng.randint(0, 255)))
        a = ip.IPv4Address('.'.join(parts))
    else:
        a = ip.IPv4Address(rng.getrandbits(32))
    p = rng.randint(0, 32)
    n = ip.IPv4Network((int(a), p), strict=False)
    i = ip.IPv4Interface((int(a), p))
    print(a, [int(getattr(a, x)) for x in props], a.reverse_pointer, n, n.broadcast_address,
          n.num_addresses, [int(getattr(n, x)) for x in props], i.with_netmask, i.network == n)

prefixes6 = [0, 0x20010db8 << 96, 0xfe80 << 112, 0xfc00 << 112, 0xff02 << 112, 0xffff << 32, 0x2002 << 112, 0x20010000 << 96, 1]
for _ in range(150):
    base = rng.choice(prefixes6)
    keep = rng.choice([16, 32, 64, 96, 112, 128])
    value = base | (rng.getrandbits(128) >> keep) if base != 1 else rng.choice([0, 1, 2])
    # sprinkle zero runs so compression is exercised
    for _k in range(rng.randint(0, 4)):
        shift = 16 * rng.randint(0, 7)
        value &= ~(0xffff << shift)
    a = ip.IPv6Address(value)
    p = rng.randint(0, 128)
    n = ip.IPv6Network((value, p), strict=False)
    print(a, a.exploded, [int(getattr(a, x)) for x in props], a.is_site_local, a.ipv4_mapped,
          a.sixtofour, a.teredo, n, n.num_addresses, [int(getattr(n, x)) for x in props])
    assert ip.IPv6Address(str(a)) == a and ip.IPv6Address(a.exploded) == a

# round trips, sorting and collapsing of random v4 networks
nets = [ip.IPv4Network((rng.getrandbits(32) & 0xffff0000 | 0x0a000000 & 0xff000000, rng.randint(16, 30)), strict=False) for _ in range(40)]
print(sorted(nets)[:5])
print(list(ip.collapse_addresses(nets)))
lo = ip.IPv4Address(rng.getrandbits(32) & 0x0fffffff)
hi = lo + rng.getrandbits(20)
print(list(ip.summarize_address_range(lo, hi)))
