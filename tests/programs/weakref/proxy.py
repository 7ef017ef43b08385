import weakref
class Target:
    def __init__(self):
        self.value = 10
    def double(self):
        return self.value * 2
    def __len__(self):
        return 3
t = Target()
p = weakref.proxy(t)
print(p.value, p.double(), len(p), type(p).__name__)
p.value = 20
print(t.value)
del t
try:
    p.value
except ReferenceError as e:
    print(type(e).__name__, e)
try:
    len(p)
except ReferenceError as e:
    print(type(e).__name__, e)
