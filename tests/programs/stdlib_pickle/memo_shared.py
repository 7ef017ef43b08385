# Shared and recursive references go through the memo.
import pickle


def checksum(data):
    total = 0
    for i, b in enumerate(data):
        total = (total * 31 + b + i) % 1000000007
    return total


shared = [1, 2]
pair = [shared, shared]
for proto in range(6):
    data = pickle.dumps(pair, proto)
    back = pickle.loads(data)
    print(proto, data, back, back[0] is back[1])

# a list containing itself
loop = ['head']
loop.append(loop)
for proto in range(6):
    data = pickle.dumps(loop, proto)
    back = pickle.loads(data)
    print(proto, data, back[1] is back, back[0])

# a dict containing itself
d = {'name': 'root'}
d['self'] = d
for proto in range(6):
    data = pickle.dumps(d, proto)
    back = pickle.loads(data)
    print(proto, data, back['self'] is back)

# a tuple reachable from inside itself (through a list)
inner = []
tup = (inner, 'x')
inner.append(tup)
for proto in range(6):
    data = pickle.dumps(tup, proto)
    back = pickle.loads(data)
    print(proto, data, back[0][0] is back, back[1])

# small tuple (size 1-3) recursion and the 4+ element form
inner4 = []
t4 = (inner4, 1, 2, 3)
inner4.append(t4)
for proto in (0, 1, 2, 4):
    data = pickle.dumps(t4, proto)
    back = pickle.loads(data)
    print(proto, data, back[0][0] is back)

# frozenset holding a tuple that holds a shared list
lst = [9]
fs = frozenset({(1, 2)})
obj = [fs, fs, lst, (lst,)]
for proto in range(6):
    data = pickle.dumps(obj, proto)
    back = pickle.loads(data)
    print(proto, data, back[0] is back[1], back[3][0] is back[2])

# identical strings and bytes are written once
s = 'repeated-string'
b = b'repeated-bytes'
for proto in range(6):
    data = pickle.dumps([s, s, b, b], proto)
    back = pickle.loads(data)
    print(proto, data, back[0] is back[1], back[2] is back[3])

# more than 256 memo entries: LONG_BINPUT / LONG_BINGET
many = [str(i) for i in range(300)]
both = [many, many[0], many[299]]
for proto in range(6):
    data = pickle.dumps(both, proto)
    back = pickle.loads(data)
    print(proto, len(data), checksum(data), data[-30:], back == both)

# batches of 1000 for lists, dicts and sets
big_list = list(range(2500))
big_dict = {i: -i for i in range(2001)}
big_set = set(range(1001))
for proto in range(6):
    for value in (big_list, big_dict, big_set):
        data = pickle.dumps(value, proto)
        print(proto, type(value).__name__, len(data), checksum(data),
              data.count(b'e'), data.count(b'u'), data.count(b'\x90'),
              pickle.loads(data) == value)

# a memo shared across several dumps on one Pickler
import io
f = io.BytesIO()
p = pickle.Pickler(f, 2)
item = ['shared']
p.dump(item)
p.dump(item)
p.clear_memo()
p.dump(item)
print(f.getvalue())
f.seek(0)
u = pickle.Unpickler(f)
first = u.load()
second = u.load()
third = u.load()
print(first, second is first, third is first, third == first)
