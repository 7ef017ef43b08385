class Interface(type):
    required = ('area', 'name')
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            missing = [r for r in mcls.required if not hasattr(cls, r)]
            if missing:
                raise TypeError(f'{name} is missing {", ".join(missing)}')
        return cls
class Shape(metaclass=Interface):
    pass
class Square(Shape):
    name = 'square'
    def area(self):
        return 4
print(Square().area(), Square.name)
try:
    class Blob(Shape):
        name = 'blob'
except TypeError as e:
    print(type(e).__name__, e)
print('Blob' in dir())
