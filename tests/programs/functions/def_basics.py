def add(a, b):
    return a + b
def greet(name, greeting='Hello'):
    return f'{greeting}, {name}!'
print(add(2, 3), add('a', 'b'), greet('Ann'), greet('Bob', 'Hi'), greet(greeting='Yo', name='Cy'))
print(add.__name__, greet.__defaults__, add.__code__.co_argcount, type(add).__name__)
def doc():
    """Docstring here."""
print(doc.__doc__, add.__doc__)
def counter(start=0, *, step=1):
    return start + step
print(counter(), counter(5), counter(5, step=3), counter.__kwdefaults__)
f = add
print(f(1, 1), f is add)
def outer():
    def inner():
        return 'inner'
    return inner()
print(outer())
print(add.__qualname__, outer.__qualname__)
def with_annotations(x: int, y: 'str' = 'd') -> bool:
    return True
print(with_annotations.__annotations__)
