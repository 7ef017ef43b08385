class C:
    f = list.append
    g = dict.get
try:
    C().f(1)
except TypeError as e:
    print("TypeError", e)
l = []
for i in range(3):
    list.append(l, i)
    l.append(i)
print(l)
class L(list): pass
x = L()
x.append(5); list.append(x, 6)
print(x, dict.get({1: 2}, 1), {}.get(3, "d"))
try:
    list.append((), 1)
except TypeError as e:
    print("TypeError", e)
try:
    dict.get([], 1)
except TypeError as e:
    print("TypeError", e)
print(int.bit_length(True), (5).bit_length(), int.bit_length(7))
for m in (str.upper, str.lower):
    print(m("aB"))
try:
    str.upper(b"x")
except TypeError as e:
    print("TypeError", e)
