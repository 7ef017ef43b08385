import pprint
import re

def hide_ids(s):
    return re.sub(r'id=\d+', 'id=N', s)

a = [1, 2]
a.append(a)
print(hide_ids(pprint.pformat(a)))
print(hide_ids(pprint.saferepr(a)))
print(pprint.isrecursive(a), pprint.isreadable(a))

d = {'k': 1}
d['self'] = d
print(hide_ids(pprint.pformat(d)))
print(pprint.isrecursive(d), pprint.isreadable(d))

big = {'data': list(range(30))}
big['me'] = big
print(hide_ids(pprint.pformat(big)))

print(pprint.isreadable([1, 2, {'a': (3,)}]))
print(pprint.isreadable([1, object]))
print(pprint.isrecursive([1, 2]))
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}))
print(pprint.saferepr('text'))

class Thing:
    def __repr__(self):
        return 'Thing()'

print(pprint.isreadable(Thing()))
print(pprint.pformat([Thing()] * 12))

shared = [1, 2]
print(pprint.pformat([shared, shared]))
print(pprint.isrecursive([shared, shared]))

pp = pprint.PrettyPrinter(width=20)
print(pp.isrecursive(a), pp.isreadable([1]), pp.isreadable(a))
print(pp.format([1, 2], {}, 0, 0))

for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError:', e)
