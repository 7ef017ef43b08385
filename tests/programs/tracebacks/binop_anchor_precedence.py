import traceback
def t(f):
    try:
        f()
    except Exception:
        traceback.print_exc(limit=-1)
a, b, c = 1, "x", 2
t(lambda: a + b * 2)
t(lambda: c * a + b)
t(lambda: a - c ** b)
t(lambda: b ** c ** a)
t(lambda: a | c & b)
t(lambda: a << b + c)
t(lambda: (a + c) * b)
t(lambda: a + c - b + c)
t(lambda: a * -b)
