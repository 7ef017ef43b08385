class Base:
    def __init__(self, **kw):
        print('Base', sorted(kw))
        super().__init__()
class Named(Base):
    def __init__(self, name=None, **kw):
        self.name = name
        print('Named', name)
        super().__init__(**kw)
class Aged(Base):
    def __init__(self, age=None, **kw):
        self.age = age
        print('Aged', age)
        super().__init__(**kw)
class Person(Named, Aged):
    pass
p = Person(name='Ann', age=30)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
class Mixin:
    def describe(self):
        return f'{type(self).__name__}:{self.data()}'
class Thing(Mixin):
    def data(self):
        return 42
print(Thing().describe())
