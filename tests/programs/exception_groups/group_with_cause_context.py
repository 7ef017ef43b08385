try:
    try:
        raise KeyError('original')
    except KeyError as k:
        raise ExceptionGroup('wrapped', [ValueError('v')]) from k
except ExceptionGroup as eg:
    print(repr(eg.__cause__), eg.__suppress_context__)
    sub = eg.subgroup(ValueError)
    print(repr(sub.__cause__), repr(sub.__context__))
try:
    try:
        raise OSError('first')
    except OSError:
        raise ExceptionGroup('during', [RuntimeError('r')])
except* RuntimeError as g:
    print(repr(g.__context__))
