# Inlined comprehensions (PEP 709) leave no trace of their variables in locals().
def f():
    a = 1
    squares = [i * i for i in range(4)]
    pairs = {k: v for k, v in zip("ab", "cd")}
    empty = [x for x in []]
    nested = [[c for c in word] for word in ("hi", "yo")]
    print(sorted(locals()), squares, pairs, empty, nested)
    try:
        return i  # noqa: F821
    except NameError as e:
        print(type(e).__name__, e)


f()


def g():
    i = "outer"
    values = [i for i in range(3)]
    print(i, values, sorted(locals()))


g()
