# CPython 3.12's message for this syntax error.
match x:
    case {1, 2}:
        pass
