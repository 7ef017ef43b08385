try:
    try:
        raise ExceptionGroup('eg', [ValueError('v'), TypeError('t')])
    except* ValueError:
        raise KeyError('raised in handler')
    except* TypeError:
        print('TypeError handled')
except BaseException as e:
    print(type(e).__name__, repr(e), repr(e.__context__))
try:
    try:
        raise ExceptionGroup('eg', [ValueError('v'), TypeError('t')])
    except* ValueError:
        raise KeyError('from value handler')
    except* TypeError:
        raise IndexError('from type handler')
except BaseException as e:
    print(type(e).__name__, repr(e.message), [type(x).__name__ for x in e.exceptions])
    print([repr(x.__context__) for x in e.exceptions])
try:
    try:
        raise ExceptionGroup('eg', [ValueError('v')])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print('bare raise re-raises', repr(e))
