print(hash(range(2)) == hash(range(0, 2)), hash(range(0)) == hash(range(5, 5)), hash(range(1, 2, 5)) == hash(range(1, 3, 7)), hash(range(3)) == hash(range(0,3,1)))
print({range(0, 3): 'a'}[range(3)], hash(range(0)) == hash((0, None, None)), hash(range(4, 20, 3)) == hash((6, 4, 3)))
d = {}
print(hash(d.get) == hash(d.get), hash([].append) == hash([].append) or True, len({d.get, d.get}))
