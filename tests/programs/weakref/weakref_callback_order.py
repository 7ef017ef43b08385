import weakref
class O:
    pass
o = O()
order = []
refs = [weakref.ref(o, lambda r, i=i: order.append(i)) for i in range(4)]
del o
print(order)
o2 = O()
f1 = weakref.finalize(o2, order.append, 'finalize-1')
f2 = weakref.finalize(o2, order.append, 'finalize-2')
del o2
print(order)
