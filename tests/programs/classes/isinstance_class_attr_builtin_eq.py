# isinstance honours a __class__ that differs from the real type; bound builtins compare equal
# when they bind the same method to the same object.
class A:
    pass


class Pretender:
    @property
    def __class__(self):
        return A


p = Pretender()
print(isinstance(p, A), isinstance(p, Pretender), type(p).__name__)
print(isinstance(3, int), isinstance(3, (str, int)))
items = []
other = []
print(items.append == items.append, items.append == other.append, items.append != items.append)
print(len == len, len == abs, {}.get == {}.get)
d = {}
print(d.get == d.get, hash(d.get) == hash(d.get))
