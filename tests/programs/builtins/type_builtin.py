print(type(1), type('a'), type([]), type(type), type(None), type(len), type(lambda: 0))
print(type(1) is int, type(True) is bool, type(1.0) == float)
Dyn = type('Dyn', (), {'x': 5, 'hello': lambda self: f'hello {self.x}'})
d = Dyn()
print(Dyn.__name__, d.x, d.hello(), type(d).__name__, Dyn.__bases__, Dyn.__module__)
Sub = type('Sub', (Dyn,), {'x': 10})
print(Sub().hello(), Sub.__mro__[1].__name__, issubclass(Sub, Dyn))
try:
    type('Bad', 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(type.__name__, type(int).__name__, int.__class__.__name__, type(object).__name__)
print(type(type('X', (object,), {})()).__qualname__)
