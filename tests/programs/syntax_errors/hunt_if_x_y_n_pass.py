# CPython 3.12's message for this syntax error.
if x y:
    pass
