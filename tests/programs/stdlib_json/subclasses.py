# Subclasses of int, float, str, list, tuple and dict are encoded as their base type.
import json
from collections import OrderedDict, namedtuple


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'

    def __str__(self):
        return 'MyInt-str'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class MyStr(str):
    def __repr__(self):
        return 'MyStr!'


class MyList(list):
    pass


class MyDict(dict):
    pass


class ItemsDict(dict):
    def items(self):
        return [('replaced', True)]


print(json.dumps(MyInt(42)), json.dumps(MyFloat(2.5)), json.dumps(MyStr('text')))
print(json.dumps([MyInt(-7), MyFloat(1e20), MyStr('s"q')]))
print(json.dumps({MyInt(1): 'int key', MyFloat(0.5): 'float key', MyStr('k'): 'str key'}))
print(json.dumps({'v': MyFloat('inf'), 'w': MyFloat('nan')}))
try:
    json.dumps(MyFloat('-inf'), allow_nan=False)
except ValueError as e:
    print('ValueError:', e)
print(json.dumps(MyList([1, MyList([2])])), json.dumps(MyDict(a=MyDict(b=1))))
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])), json.dumps(OrderedDict([('z', 1), ('a', 2)]), sort_keys=True))
print(json.dumps(ItemsDict(a=1)), json.dumps(ItemsDict()))
Pair = namedtuple('Pair', 'left right')
print(json.dumps(Pair(1, [2, 3])), json.dumps({'pair': Pair('a', 'b')}, indent=1))
print(json.dumps(range(3), default=list))
print(json.dumps([True, False, 1, 0, True + 1]))
print(json.dumps({True: 1, 1.0: 'collides with True'}))
print(json.dumps(MyInt(5), indent=2), json.dumps([MyFloat(0.1)], indent=2))
