# MagicMock's preconfigured magic methods and configuring magics on Mock and MagicMock.
import re
from unittest.mock import Mock, MagicMock, NonCallableMagicMock, call


def r(obj):
    return re.sub(r" id='\d+'", '', repr(obj))


def attempt(f):
    try:
        print('  ->', repr(f()))
    except Exception as e:
        print('  !!', type(e).__name__, e)


m = MagicMock()
print(len(m), list(m), bool(m), int(m), float(m), complex(m), 3 in m, m.__index__())
print(m == m, m == MagicMock(), m != m, m != 3, hash(m) == hash(m))
attempt(lambda: m < 3)
attempt(lambda: m >= 3)
print(re.sub(r" id='\d+'", '', str(m)))
with m as entered:
    print(r(entered), entered is m.__enter__.return_value)
print(m.__exit__.call_args)
print(m.__exit__.return_value)
print(r(m[0]), r(m + 1), r(m * 2), r(-m), r(abs(m)))
m[1] = 'x'
del m[2]
print(m.__setitem__.call_args, m.__delitem__.call_args)
print(m.mock_calls[-2:])

m = MagicMock(name='container')
m.__len__.return_value = 3
m.__iter__.return_value = [1, 2, 3]
m.__contains__.side_effect = lambda item: item % 2 == 1
m.__getitem__.side_effect = lambda key: key * 10
m.__bool__.return_value = False
print(len(m), 1 in m, 2 in m, m[4], bool(m))
print([c for c in m.mock_calls if c[0] in ('__len__', '__getitem__')])
print(list(m), list(m))
m.__eq__.return_value = True
print(m == 1, m == 'anything')
m.__str__.return_value = 'custom str'
print(str(m), '%s' % m)
m.__int__.return_value = 7
m.__float__.return_value = 2.5
print(int(m), float(m))
print(m.__len__.called, m.__getitem__.call_args_list)
print(r(m.__len__))

# setting magic methods with plain functions
m = MagicMock()
m.__len__ = lambda self: 99
m.__getitem__ = lambda self, key: 'item-%s' % key
print(len(m), m['k'])
del m.__len__
attempt(lambda: len(m))
attempt(lambda: m.__len__)
m.__len__ = lambda self: 7
print(len(m))

# Mock supports configuration but no defaults
m = Mock()
attempt(lambda: len(m))
attempt(lambda: m.__len__)
m.__len__ = Mock(return_value=4)
m.__iter__ = Mock(return_value=iter(['a', 'b']))
print(len(m), list(m), m.__len__.call_args)
m2 = Mock()
attempt(lambda: len(m2))
attempt(lambda: setattr(m, '__getattr__', lambda self, n: 1))
attempt(lambda: setattr(m, '__setattr__', None))

# context manager protocol
cm = MagicMock()
cm.__enter__.return_value = 'resource'
with cm as res:
    print(res)
cm.__exit__.return_value = True
with cm:
    raise ValueError('suppressed')
print('after suppressed', cm.__exit__.call_args[0][0].__name__)

# NonCallableMagicMock
ncm = NonCallableMagicMock()
print(len(ncm), list(ncm))
attempt(ncm)
print(type(ncm.child).__name__, type(MagicMock().child).__name__)

# iteration and numeric defaults do not leak between instances
a, b = MagicMock(), MagicMock()
a.__len__.return_value = 5
print(len(a), len(b))

# spec'd MagicMock only supports the magics of the spec
class Box:
    def __len__(self):
        return 0

    def size(self):
        return 1

sm = MagicMock(spec=Box)
print(len(sm))
attempt(lambda: sm.__iter__)
attempt(lambda: iter(sm))
print(isinstance(sm, Box), r(sm))
