# Method descriptors remember a class whose instances they took; any other receiver is still
# checked (and refused) after that.
l = []
for i in range(3):
    list.append(l, i)
    l.append(i)
print(l, dict.get({1: 2}, 1), {}.get(3, "d"))
Holder = type("Holder", (), {"push": list.append, "lookup": dict.get})
for call in (lambda: Holder().push(1), lambda: Holder().lookup(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
class L(list): pass
x = L()
x.append(5); list.append(x, 6)
print(x)
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
