# Rebinding a local to the result of float arithmetic never changes a float another name,
# container or constant still refers to.


def run():
    x = 1.5
    y = x
    x = y * 2.0
    print(x, y, x is y)

    total = 0.0
    seen = []
    for i in range(5):
        step = i * 0.5
        seen.append(step)
        step = step + 0.25
        total = total + step
    print(total, seen, step)

    a = 3.0
    b = a
    a = a - 1.0
    print(a, b)

    c = 10.0
    keep = [c]
    c = c / 4.0
    print(c, keep)

    d = 2.0 ** 0.5
    d = d * d
    print(d)

    k = 0.1
    k = k + 0.2
    print(k, 0.1, 0.2)

    ident = 5.5
    before = id(ident)
    ident = ident + 1.0
    print(ident)

    z = 1.0
    try:
        z = z / 0.0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, z)

    m = 1e308
    m = m * 10.0
    print(m, -m)
    n = float("nan")
    n = n + 1.0
    print(n != n)

    class F(float):
        pass

    f = F(2.5)
    g = f
    f = f + 1.0
    print(f, type(f).__name__, g, type(g).__name__)


run()
