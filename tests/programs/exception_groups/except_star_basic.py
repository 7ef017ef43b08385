try:
    raise ExceptionGroup('batch', [ValueError('bad value'), TypeError('bad type'), ValueError('another')])
except* ValueError as group:
    print('ValueErrors:', type(group).__name__, [str(e) for e in group.exceptions])
except* TypeError as group:
    print('TypeErrors:', [str(e) for e in group.exceptions])
print('all handled')
try:
    raise ExceptionGroup('mixed', [KeyError('k'), OSError('o')])
except* (KeyError, OSError) as g:
    print('tuple of types:', sorted(type(e).__name__ for e in g.exceptions))
try:
    raise ValueError('naked')
except* ValueError as g:
    print('naked exception wrapped:', type(g).__name__, repr(g.exceptions[0]), repr(g.message))
