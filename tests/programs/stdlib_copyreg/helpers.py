import copyreg
class S:
    __slots__ = ('a', '__b', '__c__', '__dict__', '__weakref__')
class T(S):
    __slots__ = 'z'
class _Hidden:
    __slots__ = ('__p',)
class P:
    pass
print(copyreg._slotnames(T), T.__slotnames__, copyreg._slotnames(P), copyreg._slotnames(_Hidden))
class Pt(tuple):
    pass
o = copyreg.__newobj__(Pt, (1, 2)); print(type(o).__name__, o)
print(copyreg.__newobj_ex__(dict, (), {}), copyreg.__newobj_ex__(Pt, ([3],), {}))
print(copyreg._reconstructor(Pt, tuple, (1, 2)), type(copyreg._reconstructor(P, object, None)).__name__)
f, args = copyreg.dispatch_table[type(int | str)](int | str); print(f.__name__, args[0].__name__, args[1])
