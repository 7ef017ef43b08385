import reprlib
r = reprlib.Repr(maxlist=3, maxstring=10, fillvalue='+++')
print(r.repr(list(range(10))), r.repr("abcdefghijklmnop"), r.repr(10**50))
print(r.maxlevel, r.maxdict, r.maxother, r.indent)
r.maxlevel = 2
print(r.repr([1, [2, [3, [4]]]]), r.repr({1: {2: {3: 4}}}))
class Secret:
    def __repr__(self):
        return "Secret(" + "*" * 50 + ")"
class Broken:
    def __repr__(self):
        raise RuntimeError("no")
print(reprlib.repr(Secret()))
print(reprlib.repr(Broken()).startswith("<Broken instance at 0x"))
class MyRepr(reprlib.Repr):
    def repr_str(self, x, level):
        return "STR" + str(len(x))
print(MyRepr().repr(["hello", ("a", "bb")]))
try:
    reprlib.Repr(3)
except TypeError as e:
    print(type(e).__name__)
