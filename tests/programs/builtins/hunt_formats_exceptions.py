class Money(int):
    def __format__(self, spec): return "$" + super().__format__(spec)
print(f"{Money(5):>4}"); print((255).__format__("x"), (2.5).__format__(".2f"), (1+2j).__format__(">10"), True.__format__("d"), "ab".__format__(">4"), (3).__format__(""))
class A:
    def __init__(self, **kw): super().__init__(**kw)
try:
    A(b=2)
except TypeError as e:
    print("TypeError", e)
class N:
    def __new__(cls, *a): return super().__new__(cls)
N(1, 2)
print("N ok")
class P: pass
try:
    P(1)
except TypeError as e:
    print("TypeError", e)
try:
    object.__init__(A(), 1)
except TypeError as e:
    print("TypeError", e)
class D:
    """Doc."""
print(D().__doc__, D.__doc__)
e = ValueError("a"); e.args = ("b",); print(e, repr(e))
e.args = (); print(repr(str(e)), repr(e))
e.args = (1, 2); print(e, repr(e))
print(ImportError("m", name="x").name, AttributeError("a", name="n", obj=1).name, AttributeError("a", name="n", obj=1).obj, NameError("n", name="q").name, ImportError("m", path="p").path)
try:
    ImportError("m", bogus=1)
except TypeError as e:
    print("TypeError", e)
print(complex(imag=2), complex(real=3), complex(imag=-0.0), complex(2, imag=3))
print({9, 2, 5}.union([1], [2]), {9, 2, 5}.intersection([2, 9, 7], [9, 2]), {9, 2, 5}.difference([1], [2]))
print({9, 2, 5}.union([1], [2]), {1,2}.union(), frozenset({3, 1}).union({7}), type(frozenset().union([1])).__name__)
print(set(range(20)).union(range(15, 40), {100, -1}), {"a"}.union("bc"))
try:
    {1}.union(5)
except TypeError as e:
    print(e)
for cls, kw in [(ImportError, {"bogus": 1}), (AttributeError, {"bogus": 1}), (NameError, {"bogus": 1}), (ValueError, {"x": 1}), (ModuleNotFoundError, {"name": "m"}), (ImportError, {"name_from": "q"})]:
    try:
        e = cls("m", **kw)
        print(cls.__name__, "ok", e.args, getattr(e, "name", "-"), getattr(e, "path", "-"), getattr(e, "name_from", "-"))
    except TypeError as e:
        print(cls.__name__, "TypeError", e)
class MyErr(ValueError):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
print(MyErr("x", code=3).code)
e = AttributeError("a")
print(e.name, e.obj)
e.name = "zz"
print(e.name)
i = ImportError()
print(i.name, i.path, i.msg)
i2 = ImportError("a", "b")
print(i2.msg, i2.args)
