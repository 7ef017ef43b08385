class StrSlot:
    __slots__ = 'only'
s = StrSlot()
s.only = 'single string slot'
print(s.only, StrSlot.__slots__)
class ListSlots:
    __slots__ = ['a', 'b']
print(type(ListSlots.__slots__).__name__, sorted(k for k in ListSlots.__dict__ if k in ('a', 'b')))
class DictSlots:
    __slots__ = {'x': 'the x coordinate', 'y': 'the y coordinate'}
print(DictSlots.x.__doc__, DictSlots.y.__doc__)
def gen():
    yield 'g1'
    yield 'g2'
class GenSlots:
    __slots__ = gen()
o = GenSlots()
o.g1 = 1
print(o.g1, hasattr(GenSlots, 'g2'))
