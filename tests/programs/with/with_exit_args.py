class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print('type:', et)
        print('value:', repr(ev))
        print('tb is traceback:', type(tb).__name__ if tb else None)
        print('ev is instance of et:', isinstance(ev, et) if et else None)
        return True
with Inspect():
    pass
with Inspect():
    raise IndexError('idx')
with Inspect():
    int('bad')
def exit_raises():
    class Bad:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            raise RuntimeError('from __exit__')
    try:
        with Bad():
            raise ValueError('original')
    except RuntimeError as e:
        print(repr(e), repr(e.__context__))
exit_raises()
class EnterFails:
    def __enter__(self):
        raise OSError('enter failed')
    def __exit__(self, *a):
        print('exit should not run')
try:
    with EnterFails():
        print('body should not run')
except OSError as e:
    print('caught', e)
