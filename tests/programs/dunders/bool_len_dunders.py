class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('bool called')
        return self.v
print(bool(B(True)), not B(False))
if B(True):
    print('truthy branch')
print(B(False) or 'fallback')
class L:
    def __len__(self):
        print('len called')
        return 2
print(bool(L()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    if BadBool():
        pass
except TypeError as e:
    print(type(e).__name__, e)
