class BaseA:
    def who(self): return "A"
class BaseB:
    def who(self): return "B"
    extra = 5
class Chg(BaseA): pass
class Sub(Chg): pass
o = Sub()
print(o.who(), Chg.__bases__)
Chg.__bases__ = (BaseB,)
print(Chg.__mro__[1].__name__, issubclass(Chg, BaseA), issubclass(Sub, BaseB), o.who(), o.extra, [c.__name__ for c in Sub.__mro__])
print(BaseA.__subclasses__(), [c.__name__ for c in BaseB.__subclasses__()])
for bad in [(), [BaseA], (1,), (Sub,)]:
    try:
        Chg.__bases__ = bad
    except TypeError as e:
        print("TypeError", e)
