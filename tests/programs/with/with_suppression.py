from contextlib import suppress
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print('suppressing', et.__name__, ev)
            return True
        return False
with Suppress(KeyError):
    {}['missing']
    print('not reached')
print('continues')
try:
    with Suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('escaped', e)
with suppress(ZeroDivisionError, IndexError):
    [][1]
print('contextlib.suppress ok')
with Suppress(Exception):
    with Suppress(KeyError):
        raise TypeError('outer handles')
print('done')
class Truthy:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return 'yes'
with Truthy():
    raise RuntimeError('swallowed by truthy return')
print('truthy suppresses')
