class NoArgs:
    def __init__(self):
        self.a = 1
try:
    match NoArgs():
        case NoArgs(x):
            print('matched', x)
except TypeError as e:
    print(type(e).__name__, e)
class Two:
    __match_args__ = ('a', 'b')
    a, b = 1, 2
try:
    match Two():
        case Two(p, q, r):
            print('matched')
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Two():
        case Two(p, a=q):
            print('matched')
except TypeError as e:
    print(type(e).__name__, e)
class BadArgs:
    __match_args__ = ['a']
try:
    match BadArgs():
        case BadArgs(z):
            pass
except TypeError as e:
    print(type(e).__name__, e)
not_a_class = 5
try:
    match 1:
        case not_a_class.__class__.__name__.upper():
            pass
except Exception as e:
    print(type(e).__name__, e)
