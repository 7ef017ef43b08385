def f(x):
    try:
        v = 10 // x
    except ZeroDivisionError:
        return 'zero'
    else:
        if v > 5:
            raise ValueError('else raised')
        return v
    finally:
        print('finally', x)
for x in [0, 1, 5]:
    try:
        print(f(x))
    except ValueError as e:
        print('caught', e)
try:
    try:
        pass
    except Exception:
        print('never')
    else:
        raise RuntimeError('from else')
except RuntimeError as e:
    print(repr(e), e.__context__)
