import uuid, copy, pickle

ids = [uuid.UUID(int=i * 0x1111111111111111) for i in (5, 1, 9, 3, 7)]
print([str(u)[:8] for u in sorted(ids)])
print(max(ids), min(ids))
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == uuid.UUID(int=1))
d = {a: 'one', b: 'two'}
print(d[uuid.UUID('00000000-0000-0000-0000-000000000002')])
print(copy.copy(a) == a, copy.deepcopy(b) == b)
s = pickle.dumps(uuid.UUID(int=99, is_safe=uuid.SafeUUID.safe))
r = pickle.loads(s)
print(r, r.is_safe)
r = pickle.loads(pickle.dumps(a))
print(r, r.is_safe)
print(a.__getstate__(), uuid.UUID(int=3, is_safe=uuid.SafeUUID.unsafe).__getstate__())
print(f'{a}', '%s' % b, repr([a]))
class Sub(uuid.UUID):
    pass
print(repr(Sub(int=10)), Sub(int=10) == uuid.UUID(int=10))
print(sorted({uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)}))
print(hasattr(a, '__dict__'))
