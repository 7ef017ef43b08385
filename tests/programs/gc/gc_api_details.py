# The gc module's functions and their error cases.
import gc

print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(800, 20)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(type(gc.get_count()), len(gc.get_count()))
print(gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
print(gc.garbage)
print(len(gc.get_stats()), sorted(gc.get_stats()[2]))

for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    gc.collect("0")
except TypeError as e:
    print("TypeError:", e)

print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked(1.5))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": []}))


class C:
    pass


print(gc.is_tracked(C()))

inner = [1, 2]
outer = [inner, "x"]
refs = gc.get_referents(outer)
print(len(refs), refs[0] is inner, refs[1])
print(any(r is outer for r in gc.get_referrers(inner)))

objs = gc.get_objects()
print(isinstance(objs, list), any(o is outer for o in objs))

phases = []


def cb(phase, info):
    phases.append((phase, sorted(info)))


gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(phases)

gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())


class Fin:
    def __del__(self):
        pass


f = Fin()
print(gc.is_finalized(f))
f.me = f
keep = []
Fin.__del__ = lambda self: keep.append(self)
del f
gc.collect()
print(gc.is_finalized(keep[0]))
