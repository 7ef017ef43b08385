class N:
    def __init__(s, n): s.n = n
    def __del__(s): print("del", s.n)
l = [N("l1"), N("l2"), N("l3")]
del l
t = (N("t1"), N("t2"))
del t
d = {"a": N("d1"), "b": N("d2")}
del d
class H:
    def __init__(s):
        s.x = N("h.x"); s.y = N("h.y")
h = H()
del h
def f():
    p = N("local1"); q = N("local2")
f()
a = N("a"); b = N("b"); c = N("c")
print("end")
