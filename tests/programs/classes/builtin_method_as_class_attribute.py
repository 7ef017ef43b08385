# A builtin method descriptor stored on a user class still checks the receiver type when called as a method.
class C:
    f = list.append
    g = str.upper
try:
    C().f(1)
except TypeError as e:
    print("TypeError", e)
try:
    print(C().g())
except TypeError as e:
    print("TypeError", e)
class ML(list): pass
m = ML(); m.append(3); print(m, "abc".upper(), [1].copy())
d = {}; d.setdefault("a", []).append(1); print(d)
