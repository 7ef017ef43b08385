class Meta(type):
    def __getattr__(cls, name):
        return f'{cls.__name__} has no {name}, meta fallback'
    def __setattr__(cls, name, value):
        print('class attribute set:', name, value)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print('class attribute deleted:', name)
        super().__delattr__(name)
class C(metaclass=Meta):
    real = 1
print(C.real, C.imaginary)
C.new = 5
print(C.new)
del C.new
print(C.new)
c = C()
try:
    c.imaginary
except AttributeError as e:
    print(type(e).__name__, e)
