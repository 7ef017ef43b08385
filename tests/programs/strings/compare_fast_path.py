class S(str):
    def __eq__(self, other):
        print("S.__eq__"); return True
    __hash__ = str.__hash__
a, b = "abc", "ab" + "c"
print(a == b, a != b, a == "abd", "x" != "x", S("q") == "z", "z" == S("q"), "é" == "é", "" == "")
for w in ["alpha", "beta", "alpha"]:
    if w == "alpha":
        print("hit", w)
    elif w != "gamma":
        print("other", w)
print(range(5), range(2, 9, 3), list(range(-3, 3)), range(10**20, 10**20 + 2), len(range(0, 10, 0 + 1)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
print(range(True, 3), list(range(0, -10, -3)))
