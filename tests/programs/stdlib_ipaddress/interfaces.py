import ipaddress as ip

cfg = ['eth0 192.168.10.17/24', 'eth1 10.1.2.3/255.255.0.0', 'eth2 100.64.3.4/10', 'lo 127.0.0.1/8', 'wg0 fd00:1234::5/64', 'lo6 ::1/128', 'eth3 2001:db8::1%eth3/64']
ifaces = {}
for line in cfg:
    name, spec = line.split()
    i = ip.ip_interface(spec)
    ifaces[name] = i
    print(f'{name:5} {i!s:22} ip={i.ip} net={i.network} mask={i.netmask} host={i.hostmask} v{i.version}')
    print('      ', i.with_prefixlen, i.with_netmask, i.with_hostmask, i.exploded)
    print('      ', i.is_private, i.is_global, i.is_loopback, i.is_link_local, i.is_unspecified, i.network.is_private)
print(ifaces['eth0'] == ip.ip_interface('192.168.10.17/24'), ifaces['eth0'] == ip.ip_interface('192.168.10.17/25'))
print(ifaces['eth0'] == ip.ip_address('192.168.10.17'), ip.ip_address('192.168.10.17') == ifaces['eth0'])
print(ip.IPv4Interface('1.2.3.4/24') < ip.IPv4Interface('1.2.3.4/16'), ip.IPv4Interface('1.2.3.4/16') < ip.IPv4Interface('1.2.3.4/24'))
print(ip.IPv4Interface('1.2.3.4/24') < ip.IPv4Interface('1.2.3.5/24'), ip.IPv4Interface('1.2.3.4/24') > ip.IPv4Interface('1.2.3.5/24'))
print(sorted(ip.ip_interface(s) for s in ['10.0.0.2/8', '10.0.0.1/16', '10.0.0.1/8', '9.0.0.1/8']))
print(ip.ip_interface('10.0.0.2/8') + 1, ip.ip_interface('10.0.0.2/8') - 2)
print(ip.IPv4Interface(('10.9.8.7', 16)), ip.IPv4Interface(167772161), ip.IPv6Interface(('::1', '64')), ip.IPv6Interface(1))
print(ip.IPv6Interface('::/128').is_unspecified, ip.IPv6Interface('::/64').is_unspecified, ip.IPv6Interface('::1/64').is_loopback)
print(hash(ifaces['eth0']) == hash(ip.ip_interface('192.168.10.17/24')))
for bad in ['1.2.3.4/33', '1.2.3.4/24/1', '1.2.3.4/255.0.255.0', 'fe80::1/200', 'host/24', '']:
    for f in (ip.ip_interface, ip.IPv4Interface, ip.IPv6Interface):
        try:
            print(f(bad))
        except ValueError as e:
            print(f.__name__, type(e).__name__, e)
