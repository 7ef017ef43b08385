def leaves(exc):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            yield from leaves(e)
    else:
        yield exc
eg = ExceptionGroup('a', [ValueError(1), ExceptionGroup('b', [TypeError(2), ExceptionGroup('c', [KeyError(3)])]), OSError(4)])
print([repr(e) for e in leaves(eg)])
def depth(exc):
    if isinstance(exc, BaseExceptionGroup):
        return 1 + max(depth(e) for e in exc.exceptions)
    return 0
print(depth(eg))
print(eg.exceptions is eg.exceptions, type(eg.exceptions).__name__)
