# CPython 3.12's message for this syntax error.
for a, 1 in x: pass
