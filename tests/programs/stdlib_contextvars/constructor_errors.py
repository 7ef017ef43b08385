# Argument checking of the constructors and methods.
import contextvars

v = contextvars.ContextVar('v')
attempts = [
    ('ContextVar()', lambda: contextvars.ContextVar()),
    ('ContextVar(1)', lambda: contextvars.ContextVar(1)),
    ("ContextVar('a', 5)", lambda: contextvars.ContextVar('a', 5)),
    ("ContextVar(name='a')", lambda: contextvars.ContextVar(name='a')),
    ("ContextVar('a', name='b')", lambda: contextvars.ContextVar('a', name='b')),
    ("ContextVar('a', defaultx=5)", lambda: contextvars.ContextVar('a', defaultx=5)),
    ("ContextVar('a', default=1, x=2)", lambda: contextvars.ContextVar('a', default=1, x=2)),
    ('Context(1)', lambda: contextvars.Context(1)),
    ('Context(a=1)', lambda: contextvars.Context(a=1)),
    ('v.get(1, 2)', lambda: v.get(1, 2)),
    ('v.get(default=3)', lambda: v.get(default=3)),
    ('v.set()', lambda: v.set()),
    ('v.set(1, 2)', lambda: v.set(1, 2)),
    ('v.set(value=1)', lambda: v.set(value=1)),
    ('v.reset()', lambda: v.reset()),
    ('v.reset(token=1)', lambda: v.reset(token=1)),
    ('Context().get()', lambda: contextvars.Context().get()),
    ('Context().get(v, 1, 2)', lambda: contextvars.Context().get(v, 1, 2)),
    ('Context().get(v, default=1)', lambda: contextvars.Context().get(v, default=1)),
    ('copy_context(1)', lambda: contextvars.copy_context(1)),
    ('copy_context(a=1)', lambda: contextvars.copy_context(a=1)),
]
for label, thunk in attempts:
    try:
        result = thunk()
        print(label, '->', type(result).__name__)
    except TypeError as e:
        print(label, 'TypeError:', e)

try:
    v.name = 'other'
except AttributeError as e:
    print('AttributeError', e)
print(contextvars.ContextVar('ok', default=None).get())
for base in (contextvars.ContextVar, contextvars.Token, contextvars.Context):
    try:
        class Sub(base):
            pass
        print('subclassed', base.__name__)
    except TypeError as e:
        print('TypeError', e)
