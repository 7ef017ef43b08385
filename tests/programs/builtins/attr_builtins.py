class C:
    cls_attr = 'c'
    def __init__(self):
        self.inst = 'i'
c = C()
print(getattr(c, 'inst'), getattr(c, 'cls_attr'), getattr(c, 'missing', None), getattr(C, 'cls_attr'))
setattr(c, 'new', 123)
print(c.new, hasattr(c, 'new'), hasattr(c, 'nope'), hasattr(C, 'inst'))
delattr(c, 'new')
print(hasattr(c, 'new'))
try:
    delattr(c, 'new')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(c, 1, 1)
except TypeError as e:
    print(type(e).__name__, e)
setattr(c, 'with space', 'odd but allowed')
print(getattr(c, 'with space'), c.__dict__['with space'])
print(getattr(5, 'real'), getattr('s', 'upper')(), hasattr([], 'append'))
class Raises:
    @property
    def boom(self):
        raise ValueError('property failed')
try:
    hasattr(Raises(), 'boom')
except ValueError as e:
    print(type(e).__name__, e)
