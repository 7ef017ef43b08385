# Context objects behave as read-only mappings from variables to values.
import contextvars

a = contextvars.ContextVar('a')
b = contextvars.ContextVar('b', default='B')
c = contextvars.ContextVar('c')

empty = contextvars.Context()
print(len(empty), list(empty), list(empty.items()), empty.get(a), empty.get(a, 'dflt'))
print(a in empty, b in empty)

def fill():
    a.set(1)
    b.set(2)
    return contextvars.copy_context()

ctx = contextvars.Context()
snap = ctx.run(fill)
print(len(ctx), len(snap), ctx == snap, ctx is snap)
print(sorted(v.name for v in ctx), sorted(v.name for v in ctx.keys()))
print(sorted(ctx.values()), sorted((k.name, val) for k, val in ctx.items()))
print(ctx[a], ctx[b], ctx.get(c), ctx.get(c, 'none'), a in ctx, c in ctx)
try:
    ctx[c]
except KeyError as e:
    print('KeyError', e.args[0] is c)
for key in ('a', 1, None):
    for probe in (lambda: ctx[key], lambda: key in ctx, lambda: ctx.get(key)):
        try:
            probe()
        except TypeError as e:
            print('TypeError', e)
try:
    ctx[a] = 5
except TypeError:
    print('TypeError on item assignment')

# copies are snapshots: later changes in ctx do not leak into them
copy = ctx.copy()
ctx.run(a.set, 100)
print(ctx[a], copy[a], snap[a])
keys_view = ctx.keys()
ctx.run(c.set, 'late')
print(len(ctx), len(copy), c in ctx, c in copy)
print(copy == contextvars.Context(), contextvars.Context() == contextvars.Context())
print(ctx != copy, ctx.__eq__({}))
try:
    hash(ctx)
except TypeError:
    print('Context is unhashable')
try:
    ctx < copy
except TypeError:
    print('no ordering')
print(type(ctx).__name__, type(ctx).__module__ in ('_contextvars', 'contextvars'))
