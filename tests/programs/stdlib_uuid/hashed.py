import uuid

names = ['python.org', 'example.com', '', 'ünïcode', 'a' * 100]
for ns_name in ('NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500'):
    ns = getattr(uuid, ns_name)
    for n in names:
        a = uuid.uuid3(ns, n)
        b = uuid.uuid5(ns, n)
        print(ns_name, repr(n[:10]), a, a.version, b, b.version)
print(uuid.uuid3(uuid.NAMESPACE_DNS, b'python.org') == uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_URL, b'\x00\xff'))
custom = uuid.uuid5(uuid.NAMESPACE_DNS, 'myapp')
print(uuid.uuid5(custom, 'user-42'), uuid.uuid3(custom, 'user-42'))
