class Base:
    __slots__ = ('a',)
class WithSlots(Base):
    __slots__ = ('b',)
class WithoutSlots(Base):
    pass
w = WithSlots()
w.a, w.b = 1, 2
print(w.a, w.b, hasattr(w, '__dict__'))
try:
    w.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
n = WithoutSlots()
n.a = 1
n.anything = 'goes in __dict__'
print(n.a, n.__dict__)
class Plain:
    pass
class SlotsOverPlain(Plain):
    __slots__ = ('x',)
s = SlotsOverPlain()
s.other = 'dict from Plain base'
print(s.__dict__)
class Empty(Base):
    __slots__ = ()
e = Empty()
e.a = 'inherited slot'
print(e.a, hasattr(e, '__dict__'))
