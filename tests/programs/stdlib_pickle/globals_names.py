# Classes, functions and other objects pickled by reference to their names.
import pickle
import copyreg
import collections
import re


def clean(text):
    return re.sub(r' at 0x[0-9a-fA-F]+', ' at ADDR', str(text))


def helper(x):
    return x * 2


class Outer:
    class Inner:
        class Deepest:
            pass

    def method(self):
        return 'method of %s' % type(self).__name__

    @classmethod
    def factory(cls):
        return cls.__name__

    @staticmethod
    def static(v):
        return v + 1


def attempt(label, obj, proto):
    try:
        data = pickle.dumps(obj, proto)
    except Exception as e:
        print(label, proto, type(e).__name__, clean(e))
        return None
    print(label, proto, data)
    return pickle.loads(data)


for proto in range(6):
    assert attempt('function', helper, proto) is helper
    assert attempt('class', Outer, proto) is Outer
    assert attempt('nested', Outer.Inner, proto) is Outer.Inner
    assert attempt('deeper', Outer.Inner.Deepest, proto) is Outer.Inner.Deepest
    assert attempt('plain method', Outer.method, proto) is Outer.method
    assert attempt('staticmethod', Outer.static, proto) is Outer.static
    bound = attempt('classmethod', Outer.factory, proto)
    print('  ->', bound())
    inst = pickle.loads(pickle.dumps(Outer.Inner(), proto))
    print('  nested instance', type(inst).__qualname__)
    m = pickle.loads(pickle.dumps(Outer().method, proto))
    print('  bound method', m())

for proto in range(6):
    for obj in (len, int, object, type, type(None), Ellipsis, NotImplemented,
                type(NotImplemented), collections.OrderedDict):
        back = attempt('builtin', obj, proto)
        print('  same:', back is obj)

# Python 2 names for protocols 0-2 (fix_imports)
for proto in (0, 1, 2, 3):
    for obj in (str, int, range, ValueError, FileNotFoundError, ModuleNotFoundError,
                RecursionError, zip, copyreg._reconstructor):
        data = pickle.dumps(obj, proto)
        back = pickle.loads(data)
        print(proto, obj.__name__, data, back.__name__)
print(pickle.dumps(int, 2, fix_imports=False))
print(pickle.dumps([str, ValueError], 1, fix_imports=False))

# loading names written by Python 2
for data in (b'c__builtin__\nxrange\n(I1\nI4\ntR.',
             b'cexceptions\nValueError\n(Vmsg\ntR.',
             b'cexceptions\nStandardError\n.',
             b'citertools\nizip\n.',
             b'cUserDict\nIterableUserDict\n.',
             b'ccopy_reg\n_reconstructor\n.',
             b'c__builtin__\nunicode\n.',
             b'c__builtin__\nset\n((lp0\nI1\natR.',
             b'\x80\x02c__builtin__\nlong\nK\x05\x85R.'):
    print(data, clean(repr(pickle.loads(data))))
try:
    pickle.loads(b'c__builtin__\nxrange\n.', fix_imports=False)
except Exception as e:
    print(type(e).__name__, e)

# extension codes
copyreg.add_extension('__main__', 'helper', 7)
copyreg.add_extension('__main__', 'Outer', 0x1234)
copyreg.add_extension('__main__', 'clean', 0x123456)
for proto in range(6):
    data = pickle.dumps([helper, Outer, clean, helper], proto)
    back = pickle.loads(data)
    print(proto, data, back == [helper, Outer, clean, helper])
copyreg.clear_extension_cache()
print(clean(pickle.loads(b'\x80\x02\x82\x07\x83\x34\x12\x84\x56\x34\x12\x00\x87.')))
copyreg.remove_extension('__main__', 'helper', 7)
copyreg.remove_extension('__main__', 'Outer', 0x1234)
copyreg.remove_extension('__main__', 'clean', 0x123456)
try:
    pickle.loads(b'\x80\x02\x82\x07.')
except ValueError as e:
    print(type(e).__name__, e)

# things that cannot be found by name
def make_local():
    def local_function():
        pass

    class LocalClass:
        pass
    return local_function, LocalClass


local_function, LocalClass = make_local()
lam = lambda: None
mislabelled = lambda: None
mislabelled.__qualname__ = 'helper'
moved = lambda: None
moved.__module__ = 'no_such_module_anywhere'
for proto in (0, 2, 4):
    for obj in (local_function, LocalClass, LocalClass(), lam, mislabelled, moved):
        attempt('unpicklable', obj, proto)
