# Token attributes, reset() semantics and every reset() error.
import contextvars
import re

def clean(text):
    return re.sub(r' at 0x[0-9a-fA-F]+', '', text)

v = contextvars.ContextVar('v')
w = contextvars.ContextVar('w', default=0)

t1 = v.set('first')
print(t1.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING))
t2 = v.set('second')
print(t2.old_value, clean(repr(t2)))
v.reset(t2)
print(v.get())
try:
    v.reset(t2)
except RuntimeError as e:
    print('RuntimeError', clean(str(e)))
v.reset(t1)
print(v.get('unset'))

tw = w.set(5)
try:
    v.reset(tw)
except ValueError as e:
    print('ValueError', clean(str(e)))
w.reset(tw)
print(w.get())

# used-twice beats wrong-variable
try:
    v.reset(tw)
except RuntimeError as e:
    print('RuntimeError', clean(str(e)))

# A token made inside another context cannot be used here.
ctx = contextvars.copy_context()
inner = ctx.run(v.set, 'in ctx')
try:
    v.reset(inner)
except ValueError as e:
    print('ValueError', clean(str(e)))
ctx.run(v.reset, inner)
print(ctx.get(v, 'gone'))

# Resetting out of order restores exactly what each token saw.
def out_of_order():
    a = v.set('x')
    b = v.set('y')
    v.reset(a)
    print(' after reset(a):', v.get('nothing'))
    v.reset(b)
    print(' after reset(b):', v.get('nothing'))
contextvars.Context().run(out_of_order)

for bad in (5, 'tok', None):
    try:
        v.reset(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    contextvars.Token()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    t1.var = w
except AttributeError as e:
    print('AttributeError', e)
try:
    type(contextvars.Token.MISSING)()
except TypeError as e:
    print('TypeError', e)
print(bool(contextvars.Token.MISSING), contextvars.Token.MISSING is contextvars.Token.MISSING)
