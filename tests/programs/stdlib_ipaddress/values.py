import ipaddress as ip

addrs = [ip.ip_address(s) for s in ['10.0.0.1', '10.0.0.10', '10.0.0.2', '9.255.255.255', '::1', 'fe80::1', '::ffff:10.0.0.1', '2001:db8::']]
v4 = sorted(a for a in addrs if a.version == 4)
v6 = sorted(a for a in addrs if a.version == 6)
print(v4)
print(v6)
print(sorted(addrs, key=ip.get_mixed_type_key))
a = ip.IPv4Address('192.168.1.255')
print(a + 1, a - 255, a + 0, ip.IPv6Address('::ffff') + 1, ip.IPv6Address('ffff::') - 1)
print(int(a), a.packed, a.exploded, a.compressed, a.reverse_pointer, a.version, a.max_prefixlen)
print(a == ip.IPv4Address(3232236031), a != ip.IPv4Address('1.1.1.1'), a == '192.168.1.255', a <= a, a >= a, a > ip.IPv4Address('1.1.1.1'))
print(ip.IPv4Address(b'\xc0\xa8\x01\xff') == a, ip.IPv6Address(b'\x20\x01' + bytes(14)))
print(hash(a) == hash(ip.IPv4Address('192.168.1.255')), len({a, ip.IPv4Address('192.168.1.255')}))
b = ip.IPv6Address('2001:DB8:0:0:8:800:200C:417A')
print(b, repr(b), b.exploded, b.packed.hex(), int(b), b.reverse_pointer)
for s in ['::', '::1', '1::', '1:0:0:1::', '0:0:0:1:0:0:0:0', '1:2:3:4:5:6:7:8', 'fe80::1:0:0:1', '::0.0.0.1', '::ffff:192.168.0.1', '1:2:3:4:5:6:0:0', '0:0:1:0:0:1:0:0']:
    x = ip.IPv6Address(s)
    print(s, '->', x, x.exploded, x.ipv4_mapped, x.sixtofour, x.teredo)
c = ip.IPv6Address('fe80::1%eth0')
print(c, repr(c), c.scope_id, c == ip.IPv6Address('fe80::1'), c == ip.IPv6Address('fe80::1%eth0'), ip.IPv6Address('fe80::1').scope_id)
print(format(a, 'b'), format(a, '#x'), format(a, '_X'), f'{a:^21s}|', f'{b:#_n}')
print(ip.v4_int_to_packed(3232236031), ip.v6_int_to_packed(1 << 127))
for bad in [lambda: a + 1.5, lambda: a + (1 << 40), lambda: a - a, lambda: 'x' + a, lambda: a < 5, lambda: a < b, lambda: format(a, 'q'), lambda: ip.v4_int_to_packed(1 << 32)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
import copy, pickle
for obj in [a, b, c, ip.ip_network('10.0.0.0/8'), ip.ip_interface('10.1.2.3/8'), ip.ip_interface('fe80::1%2/64')]:
    print(repr(copy.copy(obj)), repr(copy.deepcopy(obj)), pickle.loads(pickle.dumps(obj)) == obj)
