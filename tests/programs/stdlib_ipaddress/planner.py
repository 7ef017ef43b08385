import ipaddress

# carve a site block into per-department subnets and report them
site = ipaddress.ip_network('172.20.0.0/16')
needs = [('engineering', 500), ('sales', 120), ('ops', 60), ('guests', 1000), ('mgmt', 10)]
free = [site]
plan = {}
for name, hosts in sorted(needs, key=lambda x: -x[1]):
    prefix = 32 - (hosts + 2 - 1).bit_length()
    free.sort()
    for i, block in enumerate(free):
        if block.prefixlen <= prefix:
            chosen = next(block.subnets(new_prefix=prefix))
            free.pop(i)
            free.extend(block.address_exclude(chosen))
            plan[name] = chosen
            break
for name, net in sorted(plan.items(), key=lambda kv: kv[1]):
    hosts = list(net.hosts())
    print(f'{name:12} {str(net):18} {net.netmask!s:16} {net.num_addresses:5} first={hosts[0]} last={hosts[-1]} bcast={net.broadcast_address}')
print('free:', [str(n) for n in ipaddress.collapse_addresses(free)])
print('overlap checks:')
for a in plan.values():
    for b in plan.values():
        if a < b and a.overlaps(b):
            print('overlap', a, b)
print(all(n.subnet_of(site) for n in plan.values()), site.supernet_of(plan['ops']))
lookup = ['172.20.0.5', '172.20.7.200', '172.20.9.1', '10.0.0.1', '::1']
for s in lookup:
    a = ipaddress.ip_address(s)
    owner = [name for name, net in plan.items() if a in net]
    print(s, owner)
print(list(ipaddress.summarize_address_range(ipaddress.IPv4Address('172.20.0.3'), ipaddress.IPv4Address('172.20.1.17'))))
print(list(ipaddress.collapse_addresses(ipaddress.IPv4Network('192.0.2.%d/32' % i) for i in range(0, 64))))
print(list(ipaddress.collapse_addresses([ipaddress.ip_network('10.0.0.0/25'), ipaddress.ip_network('10.0.0.128/25'), ipaddress.ip_network('10.0.1.0/24'), ipaddress.ip_network('10.0.0.0/23'), ipaddress.ip_address('10.0.2.0'), ipaddress.ip_address('10.0.2.1')])))
six = ipaddress.ip_network('2001:db8:abcd::/48')
subs = list(six.subnets(new_prefix=52))
print(len(subs), subs[0], subs[-1], subs[3].supernet(new_prefix=48) == six)
print(list(six.subnets(prefixlen_diff=2)))
print(six.supernet(), six.supernet(16), six[0], six[-1], six[65536])
print(list(ipaddress.summarize_address_range(ipaddress.ip_address('2001:db8::1'), ipaddress.ip_address('2001:db8::ff'))))
