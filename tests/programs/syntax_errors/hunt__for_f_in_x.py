# CPython 3.12's message for this syntax error.
[1 for f() in x]
