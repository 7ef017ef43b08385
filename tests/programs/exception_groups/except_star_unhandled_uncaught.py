try:
    raise ExceptionGroup('jobs', [ValueError('handled'), OSError('not handled')])
except* ValueError:
    print('ValueError part handled')
