def risky(kind):
    if kind == 'key':
        raise KeyError(kind)
    if kind == 'value':
        raise ValueError(kind)
    if kind == 'type':
        raise TypeError(kind)
    return 'ok'
for kind in ['key', 'value', 'type', 'none']:
    try:
        try:
            print(risky(kind))
        except KeyError as e:
            print('inner caught', repr(e))
        except ValueError as e:
            print('inner re-raises', repr(e))
            raise
        finally:
            print('inner finally', kind)
    except ValueError as e:
        print('outer caught', repr(e))
    except Exception as e:
        print('outer generic', type(e).__name__)
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise KeyError('second')
    finally:
        print('finally sees exception in flight')
except KeyError as e:
    print(repr(e), repr(e.__context__))
