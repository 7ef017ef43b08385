def attempt(exc):
    try:
        if exc:
            raise exc
    except* ValueError as g:
        print('  handled', [str(e) for e in g.exceptions])
    else:
        print('  else: nothing raised')
    finally:
        print('  finally')
for exc in [None, ValueError('a'), ExceptionGroup('g', [ValueError('b'), ValueError('c')])]:
    print('attempt with', repr(exc))
    attempt(exc)
def order():
    log = []
    try:
        raise ExceptionGroup('eg', [TypeError('t'), ValueError('v')])
    except* ValueError:
        log.append('value handler')
    except* TypeError:
        log.append('type handler')
    return log
print(order())
