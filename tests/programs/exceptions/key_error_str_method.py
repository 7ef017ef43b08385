# KeyError.__str__ called directly shows a single key as its repr, as str() does.
e = KeyError("k")
print(e.__str__(), str(e), repr(e), KeyError.__str__(e), f"{e}")
print(KeyError().__str__(), KeyError(1, 2).__str__(), KeyError(("a",)).__str__())
class MyKE(KeyError):
    pass
print(str(MyKE("x")), MyKE("x").__str__())
class Custom(KeyError):
    def __str__(self): return "custom"
print(str(Custom("x")), Custom("x").__str__())
try:
    {}["missing"]
except KeyError as ex:
    print(ex, ex.__str__(), ex.args)
print(str(LookupError("k")), IndexError("i").__str__())
