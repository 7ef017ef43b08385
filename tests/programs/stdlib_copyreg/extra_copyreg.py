# Extension registry conflict order, _reduce_ex for old protocols, _slotnames caching.
import copyreg
copyreg.add_extension('m', 'n', 5)
copyreg.add_extension('a', 'b', 7)
for args in [('m', 'n', 7), ('m', 'n', 0), ('q', 'r', 5), ('m', 'n', '5')]:
    try:
        print(copyreg.add_extension(*args))
    except Exception as e:
        print(type(e).__name__, e)
for args in [('m', 'n', 7), ('m', 'n', '5'), ('m', 'n', 5)]:
    try:
        print(copyreg.remove_extension(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(copyreg._extension_registry, copyreg._inverted_registry, copyreg._extension_cache)

class Plain:
    def __init__(self):
        self.a = 1
p = Plain()
r = copyreg._reduce_ex(p, 1)
print(r[0] is copyreg._reconstructor, r[1][0].__name__, r[1][1].__name__, r[1][2], r[2])
class MyList(list):
    pass
m = MyList([1, 2]); m.tag = 'x'
r = copyreg._reduce_ex(m, 1)
print(r[1][0].__name__, r[1][1].__name__, r[1][2], r[2])
print(copyreg._reconstructor(MyList, list, [4, 5]))
class Empty:
    pass
print(len(copyreg._reduce_ex(Empty(), 0)))
class Sl:
    __slots__ = ('x',)
try:
    copyreg._reduce_ex(Sl(), 1)
except TypeError as e:
    print(e)
class Slt:
    __slots__ = 'only'
print(copyreg._slotnames(Slt), '__slotnames__' in Slt.__dict__)
Slt.__slotnames__ = ['cached']
print(copyreg._slotnames(Slt))
print(copyreg.__newobj__(list), copyreg.__newobj_ex__(MyList, (), {}))
