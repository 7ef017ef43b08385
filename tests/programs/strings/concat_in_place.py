s = ""
for i in range(200000):
    s += "ab"[i % 2] if i % 7 else "c"
print(len(s), s[:20], hash(s) == hash(s[:]), s.count("c"))
def f():
    t = "x"
    u = t
    for i in range(5):
        t += "é"
    t = t + "z"
    print(t, u, len(t), t[3], hash(t) == hash("x" + "ééééé" + "z"))
f()
d = {}
k = "a"
d[k] = 1
k2 = k
k += "b"
print(k, k2, d)
l = []
l *= 2**62
print(l)
l = [1, 2]
try:
    l *= 2**62
except MemoryError as e:
    print("MemoryError", l)
l *= 2
print(l)
def g():
    s = "start"
    for i in range(3):
        s = s + str(i)
        t = s
    return s, t, s is t
print(g())
