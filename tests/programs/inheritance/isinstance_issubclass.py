class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(b, ()))
print(issubclass(B, A), issubclass(B, (C, A)), issubclass(A, A), issubclass(bool, (str, int)))
print(isinstance(1, (int, float)), isinstance(1.0, int), isinstance('s', (list, (tuple, str))))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, object), issubclass(type, object))
print(isinstance(3, int | str), issubclass(bool, int | None))
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(b, 'A')
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance('magic', Magic), isinstance('other', Magic), issubclass(int, Magic), issubclass(str, Magic))
