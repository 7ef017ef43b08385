class A:
    __slots__ = ('v',)
    def who(self):
        return 'A'
class B:
    __slots__ = ('v',)
    def who(self):
        return 'B'
a = A()
a.v = 1
a.__class__ = B
print(a.who(), a.v, type(a).__name__)
class C:
    __slots__ = ('w',)
try:
    a.__class__ = C
except TypeError as e:
    print(type(e).__name__, e)
class D:
    pass
class E:
    pass
d = D()
d.__class__ = E
print(type(d).__name__)
try:
    d.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
