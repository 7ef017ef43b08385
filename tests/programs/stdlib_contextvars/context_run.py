# Context.run(): switching the current context and isolating changes.
import contextvars

var = contextvars.ContextVar('var', default='outer-default')
var.set('main')

def show(label):
    print(label, var.get())

def worker(tag, *, extra=''):
    show('  worker start:')
    var.set(tag + extra)
    show('  worker after set:')
    return tag.upper()

ctx = contextvars.copy_context()
print(ctx.run(worker, 'job', extra='!'))
show('main after run:')
print('ctx keeps', ctx[var])
print(ctx.run(var.get))

fresh = contextvars.Context()
print(fresh.run(var.get))
print(fresh.run(lambda: len(contextvars.copy_context())))

# Nested runs of different contexts.
c1 = contextvars.Context()
c2 = contextvars.Context()
def level2():
    var.set('in c2')
    return var.get()
def level1():
    var.set('in c1')
    r = c2.run(level2)
    return var.get(), r
print(c1.run(level1), c1[var], c2[var])

# A context cannot be entered twice at the same time.
def reenter():
    try:
        c1.run(lambda: None)
    except RuntimeError as e:
        print('RuntimeError', str(e).startswith('cannot enter context:'), str(e).endswith('is already entered'))
c1.run(reenter)
print('usable again:', c1.run(var.get))

# Exceptions propagate and the previous context comes back.
def fail():
    var.set('doomed')
    raise ValueError('inside')
try:
    ctx.run(fail)
except ValueError as e:
    print('ValueError', e, var.get(), ctx[var])

try:
    ctx.run()
except TypeError as e:
    print('TypeError', e)
try:
    ctx.run(42)
except TypeError as e:
    print('TypeError', e)
