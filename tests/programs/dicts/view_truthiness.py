d = {}
print(bool(d.keys()), bool(d.values()), bool(d.items()), bool({1: 2}.keys()), bool({1: 2}.items()))
if not d.keys():
    print("empty keys")
import collections
od = collections.OrderedDict()
print(bool(od.keys()), bool(od.items()), bool(collections.OrderedDict(a=1).values()))
print(not {}.values(), len({3: 4}.items()))
