try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == '')
try:
    raise ValueError('msg', 42)
except ValueError as e:
    print(repr(e), e.args, str(e))
try:
    raise KeyError('key')
except KeyError as e:
    print(repr(e), str(e))
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise object
except TypeError as e:
    print(type(e).__name__, e)
def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        print('handling, then re-raising')
        raise
try:
    reraise()
except ZeroDivisionError as e:
    print('outer got', e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
e = IndexError('stored')
try:
    raise e
except IndexError as caught:
    print(caught is e)
