# CPython 3.12's message for this syntax error.
try x:
    pass
