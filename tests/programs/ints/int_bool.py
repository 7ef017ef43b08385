print(True + 1, True * 3, -True, ~True, True / 2, True // 1)
print(repr(True), str(False), int(True), float(False))
print(bool(0), bool(2), bool(-1), bool('False'))
print(True == 1, False == 0, hash(True) == hash(1))
d = {1: 'one', True: 'true'}
print(d)
print(sum([True, True, False]), max(True, 2))
print(type(True + True).__name__, type(True & True).__name__, type(True and 5).__name__)
print(isinstance(False, int), bool.__mro__)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
