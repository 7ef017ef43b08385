# The Pickler / Unpickler classes: hooks, dispatch tables, files, memo control.
import copyreg
import io
import pickle


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def __repr__(self):
        return 'Account(%r, %r)' % (self.owner, self.balance)


# persistent ids: database rows stay outside the pickle
DB = {'row-1': Account('ann', 10), 'row-2': Account('bob', 20)}
KEYS = {id(v): k for k, v in DB.items()}


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return KEYS.get(id(obj))


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        print('  persistent_load', repr(pid))
        return DB[pid]


payload = {'owner': DB['row-1'], 'others': [DB['row-2'], DB['row-1']], 'note': 'hi'}
for proto in range(6):
    buf = io.BytesIO()
    DBPickler(buf, proto).dump(payload)
    print(proto, buf.getvalue())
    buf.seek(0)
    back = DBUnpickler(buf).load()
    print('  ', back['owner'] is DB['row-1'], back['others'][0] is DB['row-2'], back['note'])


class TuplePid(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Account):
            return ('Account', obj.owner)
        return None


for proto in (0, 1, 2, 4):
    buf = io.BytesIO()
    TuplePid(buf, proto).dump([Account('zed', 1), 5])
    print(proto, buf.getvalue())

try:
    pickle.loads(b'\x80\x02]q\x00X\x01\x00\x00\x00aQa.')
except pickle.UnpicklingError as e:
    print(type(e).__name__, e)


# dispatch_table on an instance and on a subclass
def reduce_account(acc):
    return (Account, (acc.owner.upper(), acc.balance * 100))


buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[Account] = reduce_account
p.dump(Account('cy', 3))
print(buf.getvalue())
print(pickle.loads(buf.getvalue()))
print(pickle.loads(pickle.dumps(Account('cy', 3), 2)))


class CentsPickler(pickle.Pickler):
    dispatch_table = {Account: reduce_account}


buf = io.BytesIO()
CentsPickler(buf, 4).dump([Account('di', 1), 1 + 1j])
print(buf.getvalue())
print(pickle.loads(buf.getvalue()))


# reducer_override: sees classes and instances, not plain ints / strs
class Override(pickle.Pickler):
    seen = []

    def reducer_override(self, obj):
        self.seen.append(type(obj).__name__)
        if obj is Account:
            return 'Account'
        if isinstance(obj, Account):
            return (dict, ((('owner', obj.owner),),))
        return NotImplemented


buf = io.BytesIO()
Override(buf, 4).dump([Account('ed', 5), Account, 7, 'text', (1, 2), None])
print(buf.getvalue())
print(pickle.loads(buf.getvalue()))
print(sorted(set(Override.seen)))

# several pickles in one file, read back one after another
buf = io.BytesIO()
for proto in range(6):
    pickle.dump(('record', proto, [proto] * proto), buf, proto)
pickle.dump('end', buf)
end = buf.tell()
buf.seek(0)
u = pickle.Unpickler(buf)
while buf.tell() < end:
    print(buf.tell(), u.load())

# memo attribute, clear_memo and fast mode
buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
shared = ['s']
p.dump([shared, shared])
first = buf.getvalue()
p.dump([shared])
second = buf.getvalue()[len(first):]
p.clear_memo()
p.dump([shared])
third = buf.getvalue()[len(first) + len(second):]
print(first)
print(second)
print(third)

buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.fast = True
p.dump([shared, shared])
print(buf.getvalue())
print(pickle.loads(buf.getvalue()))

# Unpickler.find_class can restrict what gets loaded
class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('set', 'frozenset', 'complex'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))


for obj in ({1, 2}, 3 + 4j, Account('no', 0)):
    for proto in (2, 3):
        try:
            print(Restricted(io.BytesIO(pickle.dumps(obj, proto))).load())
        except pickle.UnpicklingError as e:
            print(type(e).__name__, e)

# protocol attributes
for proto in (None, 0, 3, -1):
    print(proto, pickle.Pickler(io.BytesIO(), proto).bin if proto != None else 'default')
u = pickle.Unpickler(io.BytesIO(b'\x80\x03N.'))
print(u.load())

# encoding/errors for Python 2 byte strings
for kwargs in ({}, {'encoding': 'latin1'}, {'encoding': 'bytes'},
               {'encoding': 'ascii', 'errors': 'replace'}):
    for data in (b"U\x03abc.", b"U\x03a\xe9c.", b"S'a\\xe9'\n.", b'T\x02\x00\x00\x00hi.'):
        try:
            print(kwargs, data, repr(pickle.loads(data, **kwargs)))
        except Exception as e:
            print(kwargs, data, type(e).__name__, e)
