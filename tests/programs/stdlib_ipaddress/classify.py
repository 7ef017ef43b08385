import ipaddress as I
def t(label, fn):
    try: print(label, repr(fn()))
    except Exception as e: print(label, type(e).__name__, e)
for f in ['', 's', 'b', '#b', '_b', '#_b', 'x', '#x', 'X', '#X', '_x', 'n', '#n', '>20s', '20', '#_X', '_n', 'd', '08b']:
    t(('f4', f), lambda: format(I.IPv4Address('1.2.3.4'), f))
for f in ['>50', 's', '#_X']:
    t(('f6', f), lambda: format(I.IPv6Address('::1'), f))
    t(('fn', f), lambda: format(I.IPv4Network('1.0.0.0/8'), f))
for a in ['::ffff:100.64.0.1', '::ffff:192.0.0.9', '2001:db8::1', '2001::1', '2001:2::1', '2001:10::1', '2001:1f::1', '2001:20::1', '2001:200::1', '100::1', '100::1:0:0:0:0', 'fc00::1', 'fd12::1', 'fe80::1', 'febf::1', 'fec0::1', '::', '::1', '::2', '64:ff9b::1', '2002::1', 'ff02::1', '2600::1', 'fe00::1', 'e000::']:
    x = I.IPv6Address(a)
    print(a, x.is_private, x.is_global, x.is_loopback, x.is_unspecified, x.is_reserved, x.is_link_local, x.is_multicast, x.is_site_local)
for a in ['0.0.0.0', '0.1.2.3', '127.0.0.1', '169.254.1.1', '172.16.0.1', '172.32.0.1', '192.0.0.7', '192.0.0.8', '192.0.0.171', '192.0.0.172', '192.0.2.1', '192.168.1.1', '198.18.0.1', '198.20.0.1', '198.51.100.7', '203.0.113.1', '224.0.0.1', '239.255.255.255', '240.0.0.1', '255.255.255.255', '8.8.8.8', '100.127.255.255', '100.128.0.0']:
    x = I.IPv4Address(a)
    print(a, x.is_private, x.is_global, x.is_loopback, x.is_unspecified, x.is_reserved, x.is_link_local, x.is_multicast)
for n in ['0.0.0.0/8', '0.0.0.0/32', '224.0.0.0/4', '240.0.0.0/4', '127.0.0.0/8', '169.254.0.0/16', '192.168.0.0/15', '172.16.0.0/12', '100.0.0.0/8', '255.255.255.255/32', '8.8.8.0/24', '::/128', '::/8', 'ff00::/8', 'fec0::/10', 'fc00::/7', '::ffff:0:0/96', '::ffff:10.0.0.0/104', '2001::/16']:
    x = I.ip_network(n, strict=False)
    print(n, x.is_private, x.is_global, x.is_loopback, x.is_unspecified, x.is_reserved, x.is_link_local, x.is_multicast, getattr(x, 'is_site_local', '-'))
for n in ['1.2.3.4/24', '10.0.0.1/8', '::1/128', '::/128', '::1/64', 'fe80::1/64', '::ffff:10.0.0.1/120']:
    x = I.ip_interface(n)
    print(n, x.is_private, x.is_global, x.is_loopback, x.is_unspecified, x.is_reserved, x.is_link_local, x.is_multicast)
