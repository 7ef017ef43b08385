import uuid

seen = set()
for i in range(200):
    u = uuid.uuid4()
    assert u.version == 4 and u.variant == uuid.RFC_4122
    assert str(u)[14] == '4' and str(u)[19] in '89ab'
    seen.add(u)
print('uuid4 distinct', len(seen))

node = uuid.getnode()
print('node is int', isinstance(node, int), 0 <= node < (1 << 48), node == uuid.getnode())

prev = None
for i in range(50):
    u = uuid.uuid1()
    assert u.version == 1 and u.variant == uuid.RFC_4122
    if prev is not None:
        assert u.time > prev.time, (u, prev)
    prev = u
print('uuid1 monotonic ok')
u = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(u.node == 0x123456789abc, hex(u.clock_seq), u.version)
print(u.time > 0x1e000000000000000 >> 8)
print(u.fields[5] == 0x123456789abc, u.clock_seq_hi_variant & 0xc0 == 0x80)
u = uuid.uuid1(node=1, clock_seq=0)
print(u.node, u.clock_seq, str(u)[-12:])
