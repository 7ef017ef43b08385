import ipaddress as I
def t(label, fn):
    try: print(label, repr(fn()))
    except Exception as e: print(label, type(e).__name__, e)
for s in ['', '1.2.3', '1.2.3.4.5', '1..2.3', '1.2.3.a', '1.2.3.1234', '1.2.3.256', '1.2.3.01', '1.2.3.4/24', ' 1.2.3.4', '1.2.3.٣', 4294967296, -1, b'abc', b'\x01\x02\x03\x04', 1.5, None, I.IPv4Address('1.2.3.4')]:
    t(('v4', s), lambda: I.IPv4Address(s))
for s in ['', '::', '1:2', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7:8:9:10', '1::2::3', ':1:2::3', '1::2:3:', '1:2:3:4:5:6:7::8', '1:2:3:4:5:6:7', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', 'g::', '12345::', '::1.2.3', '::1.2.3.4', '::1.2.3.4%eth0', 'fe80::1%', 'fe80::1%a%b', '::/3', 1 << 128, -5, b'\x00'*16, b'\x00'*4, 1.0, '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4']:
    t(('v6', s), lambda: I.IPv6Address(s))
for s in ['1.2.3.4/24', '1.2.3.0/24', '1.2.3.0/33', '1.2.3.0/-1', '1.2.3.0/ 24', '1.2.3.0/255.255.255.0', '1.2.3.0/0.0.0.255', '1.2.3.0/255.0.255.0', '1.2.3.0/24/3', '1.2.3.0/', '1.2.3.0/024', ('1.2.3.0', 24), ('1.2.3.0', '24'), ('1.2.3.0', '255.255.255.0'), ('1.2.3.0',), 16909056, b'\x01\x02\x03\x00', (16909056, 24), ('1.2.3.4', 24, 1), ('1.2.3.0', 33), ('1.2.3.0', -1), '1.2.3.0/+24', '1.2.3.0/1.2.3', I.IPv4Address('1.2.3.0')]:
    t(('n4', s), lambda: I.IPv4Network(s))
    t(('n4ns', s), lambda: I.IPv4Network(s, strict=False))
for s in ['::/64', '::1/64', '::/129', '::/ffff::', 'fe80::%1/64', ('::', 64), '::/64/1']:
    t(('n6', s), lambda: I.IPv6Network(s))
for s in ['1.2.3.4/24', '1.2.3.4/33', '::1/64', 'x', '1.2.3.4/255.255.0.0', 5, ('1.2.3.4', 8)]:
    t(('i', s), lambda: I.ip_interface(s))
    t(('a', s), lambda: I.ip_address(s))
    t(('n', s), lambda: I.ip_network(s))
t('fmt', lambda: [format(I.IPv4Address('1.2.3.4'), f) for f in ['', 's', 'b', '#b', '_b', '#_b', 'x', '#x', 'X', '#X', '_x', 'n', '#n', '>20s', '20']])
t('fmt6', lambda: [format(I.IPv6Address('::1'), f) for f in ['', 's', 'b', '#x', 'X', '_X', 'n', '#_n']])
t('fmtbad', lambda: format(I.IPv4Address('1.2.3.4'), 'q'))
t('ipv6mapped', lambda: I.IPv4Address('1.2.3.4').ipv6_mapped)
t('str mapped', lambda: str(I.IPv6Address('::ffff:1.2.3.4')))
for a in ['::ffff:8.8.8.8', '::ffff:10.0.0.1', '::ffff:127.0.0.1', '::ffff:0.0.0.0']:
    x = I.IPv6Address(a)
    print(a, x.is_private, x.is_global, x.is_loopback, x.is_unspecified, x.is_reserved, x.is_link_local, x.is_multicast)
for a in ['100.64.0.1', '192.0.0.9', '192.0.0.170']:
    x = I.IPv4Address(a)
    print(a, x.is_private, x.is_global)
for n in ['100.64.0.0/10', '100.64.0.0/24', '10.0.0.0/8', '0.0.0.0/0', '::1/128', '::/0', 'fe80::/64', '2001:db8::/32']:
    x = I.ip_network(n)
    print(n, x.is_private, x.is_global, x.is_loopback, x.is_unspecified, x.is_reserved, x.is_link_local, x.is_multicast)
t('radd', lambda: 1 + I.IPv4Address('1.2.3.4'))
t('add', lambda: I.IPv4Address('255.255.255.255') + 1)
t('sub', lambda: I.IPv4Address('0.0.0.0') - 1)
t('subaddr', lambda: I.IPv4Address('1.0.0.0') - I.IPv4Address('0.0.0.1'))
t('in', lambda: 'x' in I.ip_network('1.0.0.0/8'))
t('in6', lambda: I.ip_address('::1') in I.ip_network('1.0.0.0/8'))
t('lt', lambda: I.ip_address('::1') < I.ip_address('1.0.0.0'))
t('ltn', lambda: I.ip_network('::1') < I.ip_network('1.0.0.0'))
t('ltan', lambda: I.ip_address('1.0.0.0') < I.ip_network('1.0.0.0'))
t('iface6', lambda: [I.IPv6Interface('::/64').is_unspecified, I.IPv6Interface('::1/64').is_loopback, I.IPv6Interface('::1/128').is_loopback])
t('if6str', lambda: (str(I.IPv6Interface('fe80::1%eth0/64')), I.IPv6Interface('fe80::1%eth0/64').network, I.IPv6Interface('fe80::1%eth0/64').with_netmask))
t('n6scope', lambda: (I.IPv6Network('fe80::%1/64'), I.IPv6Network('fe80::%1/64').network_address))
