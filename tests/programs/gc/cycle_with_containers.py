import gc
class Holder:
    deleted = 0
    def __del__(self):
        Holder.deleted += 1
def make_cycles(n):
    for _ in range(n):
        h = Holder()
        h.items = [h, {'me': h}]
make_cycles(50)
gc.collect()
print('deleted', Holder.deleted)
lst = []
lst.append(lst)
d = {}
d['d'] = d
del lst, d
print(gc.collect() >= 2)
