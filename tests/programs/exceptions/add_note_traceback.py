try:
    try:
        raise ValueError('base message')
    except ValueError as e:
        e.add_note('first note')
        e.add_note('second note')
        raise
except ValueError as e:
    print(e, e.__notes__)
try:
    ValueError().add_note(5)
except TypeError as e:
    print(type(e).__name__, e)
e = KeyError('k')
print(hasattr(e, '__notes__'))
def f():
    raise IndexError('deep')
try:
    f()
except IndexError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
e2 = ValueError('fresh')
print(e2.__traceback__, e2.with_traceback(None) is e2)
