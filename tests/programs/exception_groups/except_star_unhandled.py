try:
    try:
        raise ExceptionGroup('work', [ValueError('v1'), KeyError('k1'), ValueError('v2')])
    except* ValueError as g:
        print('handled', len(g.exceptions), 'ValueErrors')
except ExceptionGroup as rest:
    print('left over:', type(rest).__name__, rest.message, rest.exceptions)
try:
    try:
        raise ExceptionGroup('nested', [ExceptionGroup('inner', [ValueError('deep'), OSError('keep')]), KeyError('top')])
    except* ValueError as g:
        print('matched structure:', repr(g))
except* OSError as g:
    print('outer got', repr(g))
except* KeyError as g:
    print('outer got', repr(g))
