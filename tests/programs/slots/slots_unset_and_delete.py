class S:
    __slots__ = ('a', 'b')
s = S()
try:
    s.a
except AttributeError as e:
    print(type(e).__name__, e)
s.a = 1
del s.a
try:
    del s.a
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(s, 'a'), hasattr(s, 'b'))
s.b = None
print(getattr(s, 'b'), hasattr(s, 'b'))
setattr(s, 'a', 'via setattr')
print(s.a)
