import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
forms = [
    uuid.UUID('12345678123456781234567812345678'),
    uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678'),
    uuid.UUID(bytes=b'\x12\x34\x56\x78' * 4),
    uuid.UUID(bytes_le=b'\x78\x56\x34\x12\x34\x12\x78\x56\x12\x34\x56\x78\x12\x34\x56\x78'),
    uuid.UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)),
    uuid.UUID(int=0x12345678123456781234567812345678),
]
for f in forms:
    print(repr(f), f == u, hash(f) == hash(u))

print(str(u), u.hex, u.int)
print(u.bytes)
print(u.bytes_le)
print(u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq)
print(u.urn, u.variant, u.version, u.is_safe)
print(int(u), u.int == int(u))

v = uuid.UUID('12345678-1234-5678-1234-567812345678', version=4)
print(v, v.version, v.variant)
for ver in (1, 2, 3, 5):
    w = uuid.UUID(int=0, version=ver)
    print(ver, w, w.version, w.variant)
w = uuid.UUID(int=(1 << 128) - 1, version=3)
print(w, w.version)

for i in [0, 0x8000 << 48, 0xc000 << 48, 0xe000 << 48, (1 << 128) - 1]:
    x = uuid.UUID(int=i)
    print(x, x.variant, x.version)

s = uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe)
print(s.is_safe, s.is_safe.value, uuid.SafeUUID.unsafe.value, uuid.SafeUUID.unknown.value)
print(list(uuid.SafeUUID))
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep='|')
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.UUID(hex='00000000-0000-0000-0000-000000000000'))
print(uuid.UUID('ABCDEFAB-CDEF-ABCD-EFAB-CDEFABCDEFAB'))
