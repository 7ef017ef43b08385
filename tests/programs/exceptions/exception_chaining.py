try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError as ke:
        raise RuntimeError('converted') from ke
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('no context') from None
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError('a') from TypeError('b')
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError('x') from 5
except TypeError as e:
    print(type(e).__name__, e)
e = ValueError('manual')
e.__cause__ = KeyError('set')
print(repr(e.__cause__), e.__suppress_context__)
