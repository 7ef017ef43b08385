from contextlib import contextmanager, ExitStack, nullcontext, closing
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('div') as t:
    print('body', t)
    with tag('span'):
        print('inner')
try:
    with tag('err'):
        raise ValueError('inside generator cm')
except ValueError as e:
    print('caught', e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))
with swallow():
    raise KeyError('k')
print('after swallow')
with ExitStack() as stack:
    for n in ['a', 'b', 'c']:
        stack.enter_context(tag(n))
    stack.callback(print, 'callback ran')
    print('stack body')
with nullcontext(42) as v:
    print('nullcontext', v)
class Thing:
    def close(self):
        print('closed thing')
with closing(Thing()):
    print('using thing')
