# CPython 3.12's message for this syntax error.
a.b, c += 1
