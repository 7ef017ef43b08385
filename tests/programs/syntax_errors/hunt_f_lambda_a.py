# CPython 3.12's message for this syntax error.
f = lambda a, *: 0
