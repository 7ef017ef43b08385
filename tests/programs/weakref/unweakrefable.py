import weakref
for value in [1, 'str', (1, 2), [1], {'a': 1}, None, 3.5, b'bytes']:
    try:
        weakref.ref(value)
        print(type(value).__name__, 'weakrefable')
    except TypeError as e:
        print(type(e).__name__, e)
class Custom:
    pass
class ListSub(list):
    pass
class DictSub(dict):
    pass
for obj in [Custom(), ListSub(), DictSub(), Custom, len, lambda: 0, set(), frozenset()]:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, 'weakrefable')
    except TypeError as e:
        print(type(e).__name__, e)
