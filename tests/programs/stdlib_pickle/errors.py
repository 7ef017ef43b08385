# Error types and messages for bad input in both directions.
import io
import pickle
import re
import copyreg


def clean(text):
    text = re.sub(r' at 0x[0-9a-fA-F]+', ' at ADDR', str(text))
    return re.sub(r"from '[^']*'", "from 'FILE'", text)


def report(label, func):
    try:
        result = func()
    except Exception as e:
        bases = [c.__name__ for c in type(e).__mro__[1:3]]
        print(label, '->', type(e).__name__, bases, '|', clean(e))
    else:
        print(label, '=>', clean(repr(result)))


print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))

# --- pickling ---------------------------------------------------------------
report('protocol 6', lambda: pickle.dumps(1, 6))
report('protocol 99', lambda: pickle.dumps(1, protocol=99))
report('protocol str', lambda: pickle.dumps(1, 'x'))
report('protocol -3', lambda: pickle.dumps(1, -3))
report('no write', lambda: pickle.dump(1, 'not a file'))
report('no write attr', lambda: pickle.Pickler(object()))
report('callback old proto', lambda: pickle.dumps(1, 4, buffer_callback=print))


def gen():
    yield 1


import sys
report('generator', lambda: pickle.dumps(gen(), 2))
report('module', lambda: pickle.dumps(sys, 2))
report('module p0', lambda: pickle.dumps(sys, 0))


class Slots:
    __slots__ = ('v',)


report('slots p1', lambda: pickle.dumps(Slots(), 1))


class R:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return self.value


class Thing:
    pass


def not_iter():
    pass


cases = [
    ('reduce int', 5),
    ('reduce 1-tuple', (Thing,)),
    ('reduce 7-tuple', (Thing, (), None, None, None, None, None)),
    ('uncallable', (3, ())),
    ('args not tuple', (Thing, [1])),
    ('listitems list', (Thing, (), None, [1])),
    ('dictitems dict', (Thing, (), None, None, {1: 2})),
    ('setter int', (Thing, (), {}, None, None, 7)),
    ('bad dict items', (Thing, (), None, None, iter([1, 2]))),
    ('unknown name', 'no_such_global'),
    ('wrong object', 'Thing'),
    ('newobj empty', (copyreg.__newobj__, ())),
    ('newobj not type', (copyreg.__newobj__, (3,))),
    ('newobj wrong class', (copyreg.__newobj__, (Thing,))),
    ('newobj_ex 2 args', (copyreg.__newobj_ex__, (Thing, ()))),
    ('newobj_ex not type', (copyreg.__newobj_ex__, (1, (), {}))),
    ('newobj_ex args list', (copyreg.__newobj_ex__, (Thing, [], {}))),
    ('newobj_ex kwargs list', (copyreg.__newobj_ex__, (Thing, (), []))),
]
for label, value in cases:
    for proto in (0, 2, 4):
        report('%s p%d' % (label, proto), lambda: pickle.dumps(R(value), proto))


class BadNewArgs:
    def __getnewargs__(self):
        return [1]


class BadNewArgsEx1:
    def __getnewargs_ex__(self):
        return ((), {}, 3)


class BadNewArgsEx2:
    def __getnewargs_ex__(self):
        return ([], {})


class BadNewArgsEx3:
    def __getnewargs_ex__(self):
        return ((), [])


class BadNewArgsEx4:
    def __getnewargs_ex__(self):
        return 'no'


for cls in (BadNewArgs, BadNewArgsEx1, BadNewArgsEx2, BadNewArgsEx3, BadNewArgsEx4):
    report(cls.__name__, lambda: pickle.dumps(cls(), 2))


class Pid(pickle.Pickler):
    def persistent_id(self, obj):
        return 'caf\xe9' if obj == 'x' else None


report('non-ascii pid p0', lambda: Pid(io.BytesIO(), 0).dump(['x']))
report('non-ascii pid p1', lambda: Pid(io.BytesIO(), 1).dump(['x']))
report('global non-ascii', lambda: pickle.dumps(R('caf\xe9'), 2))

# --- unpickling -------------------------------------------------------------
bad = [
    b'', b'N', b'\x80\x04', b'x', b'\xff', b'\x00', b'\x80\x06N.',
    b'K', b'J\x01\x02', b'X\x05\x00\x00\x00ab', b'I12', b'F1.5',
    b'.', b'(.', b'(N.', b'a.', b'](a.', b']Na.', b'1.', b'N1.', b'0.', b'(0N.',
    b'(K\x01d.', b'}(K\x01u.', b'K\x01K\x02b.', b'}K\x01b.', b'}N]\x86b.',
    b'h\x05.', b'g5\n.', b'j\x00\x01\x00\x00.', b'Np-1\n.', b'g1x\n.',
    b'I12x\n.', b'I0x1f\n.', b'I010\n.', b'I-7\n.', b'Fxx\n.', b'L99L\n.', b'Lxy\n.',
    b'Sabc\n.', b"S'abc\n.", b"S'a\\x41\\n\\t\\\\'\n.",
    b'\x8b\xff\xff\xff\xff.', b'\x82\x00.', b'\x82\x09.',
    b'P7\n.', b'K\x01Q.',
    b'K\x01\x81.', b'c__builtin__\nint\nK\x01\x81.', b'K\x01)\x81.',
    b'\x80\x04K\x01\x8c\x01a\x93.', b'\x80\x04\x8c\x08builtins\x8c\x07nothing\x93.',
    b'cnosuchmodule_xyz\nname\n.', b'c__main__\nmissing\n.',
    b'\x97.', b'\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00K\x01.',
    b'N.trailing garbage', b'\x95\x03\x00\x00\x00\x00\x00\x00\x00K\x05.',
]
for data in bad:
    report('loads %r' % (data,), lambda: pickle.loads(data))
    report('load  %r' % (data,), lambda: pickle.load(io.BytesIO(data)))

report('loads str', lambda: pickle.loads('N.'))
report('load no read', lambda: pickle.load(object()))
report('unpickler no readline', lambda: pickle.Unpickler(type('F', (), {'read': None})()))
report('pickle exhausted', lambda: pickle.loads(pickle.dumps(list(range(3)), 2)[:-1]))
