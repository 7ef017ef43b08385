# str + str through the interpreter fast path and the generic operator, with subclasses.
class S(str):
    def __add__(self, o): return "S+" + str.__add__(self, o)
    def __radd__(self, o): return "rS+" + o
a = "abc"; b = "déf"; e = ""
print(a + b, len(a + b), (b + a)[3], (a + e) is a, e + e == "")
print(S("x") + "y", "y" + S("x"), type("a" + "b").__name__)
s = ""
for i in range(5):
    s = s + str(i)
    t = s
print(s, t, len(s + "é" * 3))
x = "ab"; x += "cd"; print(x, hash(x) == hash("abcd"), {x: 1}["abcd"])
try: "a" + 1
except TypeError as ex: print(ex)
try: 1 + "a"
except TypeError as ex: print(ex)
print(("ü" + "x")[1], ("x" + "ü")[1], ("😀" + "a").index("a"))
class T(str): pass
u = T("q")
print(type(u + "").__name__, type("" + u).__name__, (u + "") is u)
