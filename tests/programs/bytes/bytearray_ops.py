b = bytearray(b"ab")
print(b[0], b[:1], b == b"ab", b"ab" == b, b[-1])
b[0] = 120
print(b)
b[0:1] = b"zz"
print(b, len(b))
del b[0]
print(b, b + b"!", b * 2, b"x" in b, 122 in b)
class F(float): pass
print(float.__repr__(F(2.5)), str.__repr__("a"), (3).__or__(4), int.__add__(1, 1.5))
def set0(): b[0] = 300
def set9(): b[9] = 1
for bad in (set0, set9, lambda: b"x" + "y", lambda: "y" in b):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
