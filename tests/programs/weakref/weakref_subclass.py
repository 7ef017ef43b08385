import weakref
class TaggedRef(weakref.ref):
    __slots__ = ('tag',)
    def __init__(self, obj, callback=None, tag=None):
        super().__init__(obj, callback)
        self.tag = tag
class Thing:
    pass
t = Thing()
r = TaggedRef(t, tag='important')
print(r.tag, r() is t, isinstance(r, weakref.ref), type(r).__name__)
del t
print(r(), r.tag)
