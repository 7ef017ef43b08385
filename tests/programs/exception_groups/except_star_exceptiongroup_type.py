try:
    try:
        raise ExceptionGroup('x', [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError('v')
    except* BaseExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)
