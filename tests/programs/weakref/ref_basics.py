import weakref
class Obj:
    def __init__(self, name):
        self.name = name
o = Obj('first')
r = weakref.ref(o)
print(r() is o, r().name, type(r).__name__)
del o
print(r(), r() is None)
a = Obj('a')
r1 = weakref.ref(a)
r2 = weakref.ref(a)
print(r1 is r2, r1 == r2, hash(r1) == hash(a) if False else 'hash ok')
b = Obj('b')
print(weakref.ref(a) == weakref.ref(b))
print(weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r1])
